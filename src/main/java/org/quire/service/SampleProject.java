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
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;

/**
 * Builds a ready-to-explore project from {@code sample-data/manifest.json}: sources with
 * attributes, cases, a starter code book with descriptions, codings, memos with dated entries,
 * annotations, the analysis journal and candidate themes. Everything goes through the same
 * services a user's actions do, so the sample is also an end-to-end exercise of them.
 */
public final class SampleProject {
    /** Where the build puts the copy of sample-data/ (see the pom's resources). */
    private static final String BUNDLED = "/org/quire/sample/";

    private SampleProject() {
    }

    /**
     * @param manifest the manifest file; source paths in it are relative to its folder
     * @param target   the new project's folder (must not exist or be empty)
     */
    public static Project build(Path manifest, Path target) throws IOException {
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        Path base = manifest.toAbsolutePath().getParent();
        Project project = Project.create(target, m.path("project").asText(null), m.path("coder").asText("Researcher"));
        try {
            fill(project, m, base);
            return project;
        } catch (IOException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    private static void fill(Project p, JsonNode m, Path base) throws IOException {
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
        for (JsonNode n : m.path("nodes")) {
            p.nodes().createPath(n.get("path").asText(), n.path("description").asText(""), n.path("color").asText(null));
        }
        for (JsonNode c : m.path("codings")) {
            Source s = source(sources, c.get("source").asText());
            Node node = p.nodes().find(c.get("node").asText());
            p.codings().codeMatches(s.id(), node.id(), c.get("match").asText(), false);
        }
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
        for (JsonNode t : m.path("themes")) {
            List<NodeId> nodes = new ArrayList<>();
            t.path("nodes").forEach(n -> nodes.add(p.nodes().find(n.asText()).id()));
            p.themes().create(t.get("name").asText(), t.path("definition").asText(""), null, nodes);
        }
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
            return build(manifest, target);
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
