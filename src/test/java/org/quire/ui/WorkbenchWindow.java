package org.quire.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;

/** The workbench window on a project, as the UI tests open it: the real view, view model and task runner. */
final class WorkbenchWindow implements AutoCloseable {
    final Project project;
    final FxTaskRunner runner;
    final WorkbenchViewModel vm;
    final WorkbenchView view;

    private WorkbenchWindow(Project project, FxTaskRunner runner, WorkbenchViewModel vm, WorkbenchView view) {
        this.project = project;
        this.runner = runner;
        this.vm = vm;
        this.view = view;
    }

    /** A new project in {@code dir} holding one text source per entry of {@code texts} (file name → text). */
    static Project projectWith(Path dir, String... namesAndTexts) {
        Project project = Project.create(dir.resolve("UI-" + System.nanoTime() + ".quire"), "UI test", "Ann");
        try {
            List<Path> files = new ArrayList<>();
            Path folder = Files.createDirectories(dir.resolve("texts-" + System.nanoTime()));
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                files.add(Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]));
            }
            project.sources().importPaths(files, ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            return project;
        } catch (IOException e) {
            project.close();
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the workbench on {@code project} in {@code stage} at the given size and loads it. */
    static WorkbenchWindow show(Stage stage, Project project, WorkbenchView.Shell shell, double width, double height) {
        FxTaskRunner runner = new FxTaskRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(project, runner);
        WorkbenchView view = shell == null ? new WorkbenchView(vm, runner) : new WorkbenchView(vm, runner, shell);
        stage.setScene(new Scene(view.build(), width, height));
        stage.show();
        vm.load();
        return new WorkbenchWindow(project, runner, vm, view);
    }

    @Override
    public void close() {
        runner.close();
        project.close();
    }
}
