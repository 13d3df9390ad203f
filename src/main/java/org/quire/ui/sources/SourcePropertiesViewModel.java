package org.quire.ui.sources;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.ui.common.UndoStack;
import org.quire.ui.common.Workbench;

/**
 * A source's properties: what Quire knows of the file (format, encoding, words, dates) and its
 * attributes — every source attribute of the project, editable in place, each change undoable.
 */
public final class SourcePropertiesViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One line of the fixed facts, or one attribute with its value ("" when unset). */
    public record Property(String name, String value) {
    }

    private final Workbench workbench;
    private final Project project;
    private final Source source;
    private final ZoneId zone;
    private final ObservableList<Property> facts = FXCollections.observableArrayList();
    private final ObservableList<Property> attributes = FXCollections.observableArrayList();
    private final ChangeListener<Number> onRevision = (o, a, b) -> load();

    public SourcePropertiesViewModel(Workbench workbench, Source source, ZoneId zone) {
        this.workbench = workbench;
        this.project = workbench.project();
        this.source = source;
        this.zone = zone;
        workbench.revisionProperty().addListener(onRevision);
        facts.setAll(facts(source));
    }

    public Source source() {
        return source;
    }

    public ObservableList<Property> facts() {
        return facts;
    }

    public ObservableList<Property> attributes() {
        return attributes;
    }

    private List<Property> facts(Source s) {
        List<Property> out = new ArrayList<>();
        out.add(new Property("Name", s.name()));
        out.add(new Property("Folder", s.folder().isEmpty() ? "(top level)" : s.folder()));
        out.add(new Property("Format", s.format()));
        out.add(new Property("Encoding", s.encoding() == null ? "(binary format)" : s.encoding()));
        out.add(new Property("Words", String.format(Locale.ROOT, "%,d", s.wordCount())));
        out.add(new Property("Characters", String.format(Locale.ROOT, "%,d", s.length())));
        out.add(new Property("Imported", WHEN.format(s.importedAt().atZone(zone))));
        out.add(new Property("File dated", s.fileModifiedAt() == null ? "(unknown)"
                : DAY.format(s.fileModifiedAt().atZone(zone))));
        out.add(new Property("Original", s.originalFile()));
        return out;
    }

    public void load() {
        workbench.tasks().run("Reading the attributes of " + source.name(), () -> {
            Map<String, String> values = project.attributes().sourceValues(source);
            Map<String, String> all = new LinkedHashMap<>();
            for (AttributeDefinition d : project.attributes().definitions(AttributeScope.SOURCE)) {
                all.put(d.name(), "");
            }
            values.forEach((k, v) -> all.put(k, v == null ? "" : v));
            return all.entrySet().stream().map(e -> new Property(e.getKey(), e.getValue())).toList();
        }, attributes::setAll, workbench::report);
    }

    /** Sets (or, when blank, clears) an attribute's value; undo restores the value before. */
    public void set(String attribute, String value) {
        if (attribute == null || attribute.isBlank()) {
            workbench.errorProperty().set("Name the attribute first");
            return;
        }
        String name = attribute.strip();
        String before = attributes.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(Property::value)
                .findFirst().orElse("");
        String after = value == null ? "" : value.strip();
        if (before.equals(after)) {
            return;
        }
        workbench.apply(new UndoStack.Edit() {
            @Override
            public String description() {
                return "set '" + name + "' of '" + source.name() + "' to '" + after + "'";
            }

            @Override
            public void redo() {
                project.attributes().setSourceValue(source, name, after.isEmpty() ? null : after);
            }

            @Override
            public void undo() {
                project.attributes().setSourceValue(source, name, before.isEmpty() ? null : before);
            }
        });
    }

    /** Stops following the project (the tab was closed). */
    public void dispose() {
        workbench.revisionProperty().removeListener(onRevision);
    }
}
