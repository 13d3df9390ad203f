package org.quire.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.CaseRecord;
import org.quire.model.ChecklistStatus;
import org.quire.model.FrameworkMatrix;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.model.ThemeStatus;
import org.quire.service.coding.CodingService;
import org.quire.service.search.SearchOptions;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportOutcome;

/**
 * Builds a ready-to-explore project from {@code sample-data/manifest.json}: sources with
 * attributes, cases, a starter code book with descriptions, codings, memos with dated entries,
 * annotations and the analysis journal (phases 1 and 2); themes and sub-themes at every status with
 * the reasons for each move, definitions, scope notes, narratives, theme memos, analyst notes and
 * chosen quotations, framework summaries, map links and checklist answers (phases 3 to 6), so the
 * sample shows a finished analysis and its exports show every part they can hold. Everything goes
 * through the same services a user's actions do, so the sample is also an end-to-end exercise of
 * them. The manifest's fields are described in {@code sample-data/README.md}.
 */
public final class SampleProject {
    /** Where the build puts the copy of sample-data/ (see the pom's resources). */
    private static final String BUNDLED = "/org/quire/sample/";

    private SampleProject() {
    }

    /** How far the build has got: what it is doing, and steps done of all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (what, done, total) -> { };

        void step(String what, int done, int total);
    }

    public static Project build(Path manifest, Path target) throws IOException {
        return build(manifest, target, Progress.NONE);
    }

    /**
     * @param manifest the manifest file; source paths in it are relative to its folder
     * @param target   the new project's folder (must not exist or be empty)
     */
    public static Project build(Path manifest, Path target, Progress progress) throws IOException {
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        Path base = manifest.toAbsolutePath().getParent();
        Project project = Project.create(target, m.path("project").asText(null), m.path("coder").asText("Researcher"));
        try {
            fill(project, m, base, progress);
            // The guide's "show me in the sample" opens this project's objects in place.
            project.guide().markAsSample();
            return project;
        } catch (IOException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    private static void fill(Project p, JsonNode m, Path base, Progress progress) throws IOException {
        int total = m.path("sources").size() + 4;
        int[] done = {0};
        if (m.hasNonNull("description")) {
            p.memos().addEntry(new MemoTarget.Journal(), "About this project: " + m.get("description").asText());
        }
        for (JsonNode a : m.path("attributes")) {
            List<String> choices = new ArrayList<>();
            a.path("choices").forEach(c -> choices.add(c.asText()));
            p.attributes().define(AttributeScope.SOURCE, a.get("name").asText(),
                    AttributeType.valueOf(a.get("type").asText().toUpperCase(Locale.ROOT)), choices);
        }
        Map<String, Source> sources = new HashMap<>();
        for (JsonNode s : m.path("sources")) {
            Path file = base.resolve(s.get("file").asText());
            progress.step("Importing " + file.getFileName(), done[0]++, total);
            Map<String, String> attributes = new LinkedHashMap<>();
            s.path("attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
            ImportOutcome outcome = p.sources().importOne(file, new ImportOptions(s.path("folder").asText(""),
                    attributes, org.quire.imports.ImportLimits.DEFAULT));
            if (outcome.status() != ImportOutcome.Status.IMPORTED) {
                throw new QuireException("Sample source " + file.getFileName() + " was not imported: " + outcome.message());
            }
            sources.put(outcome.source().name(), outcome.source());
        }
        for (JsonNode c : m.path("cases")) {
            CaseRecord rec = p.cases().create(c.get("name").asText(), c.path("description").asText(""));
            c.path("attributes").fields().forEachRemaining(e -> p.attributes().setCaseValue(rec, e.getKey(),
                    e.getValue().asText()));
            for (JsonNode s : c.path("sources")) {
                p.cases().link(rec.id(), source(sources, s.asText()).id(), null);
            }
        }
        progress.step("Coding the passages", done[0]++, total);
        for (JsonNode n : m.path("nodes")) {
            p.nodes().createPath(n.get("path").asText(), n.path("description").asText(""), n.path("color").asText(null));
        }
        for (JsonNode c : m.path("codings")) {
            Source s = source(sources, c.get("source").asText());
            Node node = p.nodes().find(c.get("node").asText());
            p.codings().codeMatches(s.id(), node.id(), c.get("match").asText(), false);
        }
        progress.step("Writing the memos and annotations", done[0]++, total);
        for (JsonNode memo : m.path("memos")) {
            NodeId node = p.nodes().find(memo.get("node").asText()).id();
            for (JsonNode e : memo.path("entries")) {
                p.memos().addEntry(new MemoTarget.OfNode(node), e.get("text").asText(), Instant.parse(e.get("at").asText()));
            }
        }
        for (JsonNode e : m.path("journal")) {
            p.memos().addEntry(new MemoTarget.Journal(), e.get("text").asText(), Instant.parse(e.get("at").asText()));
        }
        for (JsonNode a : m.path("annotations")) {
            Source s = source(sources, a.get("source").asText());
            Span span = CodingService.find(p.sources().text(s.id()).text(), a.get("match").asText(), false).stream()
                    .findFirst().orElseThrow(() -> new QuireException("Annotation text not found in " + s.name()));
            p.annotations().annotate(s.id(), span, a.get("text").asText());
        }
        progress.step("Reviewing: searches and queries", done[0]++, total);
        activity(p, m.path("activity"), sources);
        progress.step("Building the themes", done[0]++, total);
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (JsonNode t : m.path("themes")) {
            themes.put(t.get("name").asText(), theme(p, t, themes));
        }
        // Notes and quotations once every theme exists: a parent's matrix shows its sub-themes' rows.
        for (JsonNode t : m.path("themes")) {
            extracts(p, themes.get(t.get("name").asText()), t.path("extracts"));
        }
        summaries(p, m.path("framework"));
        for (JsonNode a : m.path("checklist")) {
            ChecklistStatus status = ChecklistStatus.parse(a.path("status").asText());
            if (status == null) {
                throw new QuireException("Checklist point " + a.path("point").asInt() + " in the sample manifest has no"
                        + " status: write done, partly or not-yet");
            }
            p.checklist().answer(a.get("point").asInt(), status, a.path("answer").asText(""));
        }
        for (JsonNode l : m.path("links")) {
            p.themeMap().link(p.themeMap().element(l.get("from").asText()), p.themeMap().element(l.get("to").asText()),
                    l.get("label").asText());
        }
    }

    /**
     * The work of reviewing that leaves no data behind but shows in the phase tracker and the
     * checklist's evidence: every source read, searches, coding queries and matrix coding queries run.
     */
    private static void activity(Project p, JsonNode a, Map<String, Source> sources) {
        if (a.path("read").asBoolean(false)) {
            sources.values().forEach(s -> p.activity().sourceOpened(s.id()));
        }
        for (JsonNode q : a.path("searches")) {
            p.search().search(q.asText(), SearchOptions.defaults());
        }
        for (JsonNode q : a.path("queries")) {
            p.queries().run(q.asText(), SourceFilter.ALL);
        }
        for (JsonNode x : a.path("matrices")) {
            p.matrices().run(p.matrices().axis(x.get("rows").asText(), true),
                    p.matrices().axis(x.get("cols").asText(), true));
        }
    }

    /**
     * A theme as the manifest tells its story: created as a candidate (under its parent), described,
     * moved through its statuses with their reasons, its memo written.
     */
    private static Theme theme(Project p, JsonNode t, Map<String, Theme> made) {
        String name = t.get("name").asText();
        Theme parent = null;
        if (t.hasNonNull("parent")) {
            parent = made.get(t.get("parent").asText());
            if (parent == null) {
                throw new QuireException("Sample theme '" + name + "' names a parent listed after it or not at all: '"
                        + t.get("parent").asText() + "'");
            }
        }
        List<NodeId> nodes = new ArrayList<>();
        t.path("nodes").forEach(n -> nodes.add(p.nodes().find(n.asText()).id()));
        Theme theme = p.themes().create(name, t.path("definition").asText(""), parent == null ? null : parent.id(),
                nodes);
        JsonNode scope = t.path("scope");
        theme = p.themes().describe(theme.id(), theme.definition(), scope.path("in").asText(""),
                scope.path("out").asText(""), lines(t.path("narrative")));
        for (JsonNode move : t.path("history")) {
            ThemeStatus to = ThemeStatus.parse(move.path("to").asText());
            theme = p.themes().setStatus(theme.id(), to, move.path("reason").asText(""));
        }
        if (t.hasNonNull("status") && theme.status() != ThemeStatus.parse(t.get("status").asText())) {
            throw new QuireException("Sample theme '" + name + "' ends as " + theme.status().label() + " but says it is "
                    + t.get("status").asText() + ": its history must lead there");
        }
        for (JsonNode e : t.path("memo")) {
            p.memos().addEntry(new MemoTarget.OfTheme(theme.id()), e.get("text").asText(),
                    Instant.parse(e.get("at").asText()));
        }
        return theme;
    }

    /** Analyst notes and chosen quotations on extracts of the theme's own matrix. */
    private static void extracts(Project p, Theme theme, JsonNode extracts) {
        if (extracts.isEmpty()) {
            return;
        }
        List<ThemeMatrix.Row> rows = p.themeMatrices().matrix(theme.id(), List.of()).rows();
        for (JsonNode e : extracts) {
            String source = e.get("source").asText();
            String match = e.get("match").asText().strip();
            String node = e.path("node").asText("");
            List<ThemeMatrix.Row> found = rows.stream()
                    .filter(r -> r.source().equals(source) || r.source().endsWith("/" + source))
                    .filter(r -> r.extract().strip().equals(match))
                    .filter(r -> node.isEmpty() || r.node().equals(node)).toList();
            if (found.size() != 1) {
                throw new QuireException("The matrix of sample theme '" + theme.name() + "' has " + found.size()
                        + " extracts of '" + source + "' reading '" + match + "'" + (found.isEmpty() ? ""
                        : ": name the node"));
            }
            String guid = found.get(0).codingGuid();
            if (e.hasNonNull("note")) {
                p.themeMatrices().setNote(theme.id(), guid, e.get("note").asText());
            }
            if (e.path("quote").asBoolean(false)) {
                p.themeMatrices().setQuote(theme.id(), guid, true);
            }
        }
    }

    /** Framework summaries, each in the matrix of its rows (sources unless said) and columns (themes unless said). */
    private static void summaries(Project p, JsonNode cells) {
        Map<String, FrameworkMatrix> frameworks = new HashMap<>();
        for (JsonNode c : cells) {
            String rows = c.path("rows").asText("sources");
            String columns = c.path("columns").asText("themes");
            FrameworkMatrix f = frameworks.computeIfAbsent(rows + "\n" + columns,
                    k -> p.frameworks().framework(rows, columns));
            String row = c.get("row").asText();
            String theme = c.get("theme").asText();
            FrameworkMatrix.RowHead head = f.rows().stream().filter(r -> r.label().equals(row)).findFirst()
                    .orElseThrow(() -> new QuireException("The sample framework has no row '" + row + "'"));
            FrameworkMatrix.ColumnHead column = f.columns().stream().filter(h -> h.label().equals(theme)).findFirst()
                    .orElseThrow(() -> new QuireException("The sample framework has no column '" + theme + "'"));
            p.frameworks().setSummary(head, column.themeGuid(), c.get("summary").asText());
        }
    }

    // Long texts are written in the manifest as an array of lines ("" for a blank line), or as one string.
    private static String lines(JsonNode text) {
        if (!text.isArray()) {
            return text.asText("");
        }
        List<String> out = new ArrayList<>();
        text.forEach(l -> out.add(l.asText()));
        return String.join("\n", out);
    }

    private static Source source(Map<String, Source> sources, String name) {
        Source s = sources.get(name);
        if (s == null) {
            throw new QuireException("The sample manifest names a source '" + name + "' that it does not import");
        }
        return s;
    }

    /**
     * Builds the sample from the copy of sample-data/ that the build puts inside Quire, so an
     * installed Quire needs no source checkout. The files are unpacked to a temporary folder for the
     * import (names and formats as in sample-data/) and removed afterwards.
     */
    public static Project build(Path target) throws IOException {
        return build(target, Progress.NONE);
    }

    /** As {@link #build(Path)}, saying how far it has got. */
    public static Project build(Path target, Progress progress) throws IOException {
        Path unpacked = Files.createTempDirectory("quire-sample");
        try {
            Path manifest = unpacked.resolve("manifest.json");
            unpack("manifest.json", manifest);
            for (JsonNode s : new ObjectMapper().readTree(manifest.toFile()).path("sources")) {
                String file = s.get("file").asText();
                Path to = unpacked.resolve(file).normalize();
                if (!to.startsWith(unpacked)) {
                    throw new QuireException("The sample manifest names a file outside the sample: " + file);
                }
                Files.createDirectories(to.getParent());
                unpack(file, to);
            }
            return build(manifest, target, progress);
        } finally {
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void unpack(String name, Path to) throws IOException {
        try (InputStream in = SampleProject.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new QuireException("This build of Quire has no sample project inside it (" + BUNDLED + name
                        + "); build one from a checkout with: quire sample DIR --manifest sample-data/manifest.json");
            }
            Files.copy(in, to);
        }
    }

    /** The sample-data folder of a source checkout, looked for from the working directory upwards. */
    public static Path findManifest(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("sample-data").resolve("manifest.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new QuireException("Cannot find sample-data/manifest.json from " + start.toAbsolutePath());
    }
}
