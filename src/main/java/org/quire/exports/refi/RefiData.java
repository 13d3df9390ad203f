package org.quire.exports.refi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a REFI-QDA export writes, already in the standard's terms (codes, notes, sets, graphs) but
 * with Quire's positions: ranges are UTF-16 code units of the normalised text, converted to the
 * file's convention only when written ({@link QdeWriter}). The service fills these from a project.
 */
public final class RefiData {
    private RefiData() {
    }

    /** A whole project. {@code noteRefs} are the notes about the project as a whole (the journal). */
    public record Project(String name, String origin, String creatingUser, Instant created, Instant modified,
                          List<User> users, List<Code> codes, List<Variable> variables, List<Case> cases,
                          List<Source> sources, List<Note> notes, List<Set> sets, List<Graph> graphs,
                          List<String> noteRefs) {
    }

    public record User(String guid, String name) {
    }

    public record Code(String guid, String name, boolean codable, String color, String description,
                       List<String> noteRefs, List<Code> children) {
    }

    /** {@code type} is the REFI name: Text, Boolean, Integer, Float, Date or DateTime. */
    public record Variable(String guid, String name, String type, String description) {
    }

    /** A value in Quire's canonical form; the writer picks the element from the variable's type. */
    public record Value(String variableGuid, String type, String value) {
    }

    public record Case(String guid, String name, String description, List<Value> values, List<String> sourceRefs,
                       List<String> selectionRefs) {
    }

    /** How a source travels: plain text only, a Word file with its text, or a PDF with a text representation. */
    public enum Kind {
        PLAIN, DOCX, PDF
    }

    /**
     * A source. {@code original} is the kept .docx or .pdf for those kinds (null for plain text);
     * {@code representationGuid} names the PDF's text representation.
     */
    public record Source(String guid, String name, Kind kind, String text, Path original, String representationGuid,
                         List<Selection> selections, List<Coding> codings, List<String> noteRefs, List<Value> values,
                         String creatingUser, Instant created) {
    }

    /** A passage: {@code [start, end)} in UTF-16 code units of the source's text. */
    public record Selection(String guid, int start, int end, List<Coding> codings, List<String> noteRefs,
                            String creatingUser, Instant created) {
    }

    public record Coding(String guid, String codeGuid, String creatingUser, Instant created) {
    }

    public record Note(String guid, String name, String text, String creatingUser, Instant created) {
    }

    /** A set of codes (a theme) or of sources (a folder). */
    public record Set(String guid, String name, String description, List<String> memberCodes,
                      List<String> memberSources) {
    }

    public record Graph(String guid, String name, List<Vertex> vertices, List<Edge> edges) {
    }

    public record Vertex(String guid, String representedGuid, String name, int x, int y, String color) {
    }

    public record Edge(String guid, String sourceVertex, String targetVertex) {
    }
}
