package org.quire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
            .layer("Tools").definedBy("org.quire.bench..", "org.quire.generate..")
            .layer("Ui").definedBy("org.quire.ui..")
            .layer("Cli").definedBy("org.quire.cli..")
            .layer("Launcher").definedBy("org.quire")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher", "Tools")
            // The benchmark harness and the project generator are tools of the command line; the
            // workbench never uses them.
            .whereLayer("Tools").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Tools")
            .whereLayer("Index").mayOnlyBeAccessedByLayers("Service", "Tools")
            .whereLayer("Imports").mayOnlyBeAccessedByLayers("Service", "Tools")
            .whereLayer("Exports").mayOnlyBeAccessedByLayers("Service", "Tools")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Service", "Exports", "Tools");

    /** Each capability of the service layer is a room of its own: they call each other one way only. */
    @ArchTest
    static final ArchRule serviceCapabilitiesFormNoCircle = slices().matching("org.quire.service.(*)..")
            .should().beFreeOfCycles();

    /** The facade builds the capabilities; a capability never reaches back up to it. */
    @ArchTest
    static final ArchRule capabilitiesNeverUseTheFacade = noClasses().that().resideInAPackage("org.quire.service.*..")
            .should().dependOnClassesThat().resideInAPackage("org.quire.service");

    /**
     * The guide teaches on top of the method: it reads the phase tracker and the themes, and no
     * other capability reads it (only the facade builds it).
     */
    @ArchTest
    static final ArchRule noCapabilityReadsTheGuide = noClasses().that().resideInAPackage("org.quire.service.*..")
            .and().resideOutsideOfPackage("org.quire.service.guide..")
            .should().dependOnClassesThat().resideInAPackage("org.quire.service.guide..");

    /** The window's feature packages call each other one way only. */
    @ArchTest
    static final ArchRule uiFeaturesFormNoCircle = slices().matching("org.quire.ui.(*)..").should().beFreeOfCycles();

    /**
     * The shell (ui.workbench) builds the panels; a panel knows only the shared {@code ui.common.Workbench},
     * never the shell.
     */
    @ArchTest
    static final ArchRule panelsNeverUseTheShell = noClasses().that().resideInAnyPackage("org.quire.ui.cases..",
                    "org.quire.ui.coding..", "org.quire.ui.document..", "org.quire.ui.memos..", "org.quire.ui.nodes..",
                    "org.quire.ui.queries..", "org.quire.ui.review..", "org.quire.ui.sources..", "org.quire.ui.themes..",
                    "org.quire.ui.guide..", "org.quire.ui.common..", "org.quire.ui.prefs..")
            .should().dependOnClassesThat().resideInAnyPackage("org.quire.ui.workbench..", "org.quire.ui.projects..");

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
