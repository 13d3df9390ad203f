package org.quire.ui.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.service.Project;
import org.quire.ui.common.ReadWhileShown;
import org.quire.ui.common.Workbench;

/** The Cases pane: every case with the sources linked to it (whole or in part). */
public final class CasesViewModel {
    /** A case and its sources, in source order. */
    public record CaseRow(CaseRecord caseRecord, List<Source> sources) {
    }

    private final Workbench workbench;
    private final Project project;
    private final ObservableList<CaseRow> cases = FXCollections.observableArrayList();

    public CasesViewModel(Workbench workbench) {
        this.workbench = workbench;
        this.project = workbench.project();
        this.reads = new ReadWhileShown(workbench, this::load);
    }

    private final ReadWhileShown reads;

    /** Whether the list is on screen (its pane expanded); see {@link ReadWhileShown}. */
    public void setShown(boolean shown) {
        reads.setShown(shown);
    }

    public ObservableList<CaseRow> cases() {
        return cases;
    }

    public void load() {
        reads.read();
        workbench.tasks().run("Listing cases", () -> {
            Map<SourceId, Source> sources = new HashMap<>();
            for (Source s : project.sources().list()) {
                sources.put(s.id(), s);
            }
            List<CaseRow> rows = new ArrayList<>();
            for (CaseRecord c : project.cases().list()) {
                Set<SourceId> linked = new LinkedHashSet<>();
                for (CaseLink link : project.cases().links(c.id())) {
                    linked.add(link.sourceId());
                }
                rows.add(new CaseRow(c, linked.stream().map(sources::get).filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(Source::path)).toList()));
            }
            return rows;
        }, cases::setAll, workbench::report);
    }

    /** Opens a source in the document view. */
    public void open(Source source) {
        workbench.open(source);
    }
}
