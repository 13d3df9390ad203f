package org.quire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows of docs/architecture.md true. */
@AnalyzeClasses(packages = "org.quire", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Model").definedBy("org.quire.model..")
            .layer("Store").definedBy("org.quire.store..")
            .layer("Index").definedBy("org.quire.index..")
            .layer("Imports").definedBy("org.quire.imports..")
            .layer("Analysis").definedBy("org.quire.analysis..")
            .layer("Exports").definedBy("org.quire.exports..")
            .layer("Service").definedBy("org.quire.service..")
            .layer("Ui").definedBy("org.quire.ui..")
            .layer("Cli").definedBy("org.quire.cli..")
            .layer("Launcher").definedBy("org.quire")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Index").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Imports").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Exports").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Service", "Exports");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("org.quire.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "org.apache..", "org.h2..",
                    "com.fasterxml..", "org.flywaydb..", "picocli..");

    @ArchTest
    static final ArchRule javafxOnlyInTheWorkbench = noClasses().that().resideOutsideOfPackages("org.quire.ui..")
            .and().doNotHaveFullyQualifiedName("org.quire.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..");

    @ArchTest
    static final ArchRule frontEndsNeverTouchTheDatabaseOrIndex = noClasses()
            .that().resideInAnyPackage("org.quire.ui..", "org.quire.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                    "org.apache.lucene..", "org.apache.poi..", "org.apache.pdfbox..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses().that().resideOutsideOfPackage("org.quire.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule luceneStaysInTheIndex = noClasses().that().resideOutsideOfPackage("org.quire.index..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");
}
