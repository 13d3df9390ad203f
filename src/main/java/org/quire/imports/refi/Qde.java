package org.quire.imports.refi;

import java.time.Instant;
import java.util.List;

/**
 * The content of a REFI-QDA project ({@code .qde}) or code book ({@code .qdc}) as read, before it
 * is mapped onto a Quire project. GUIDs are normalised (no braces, lower case; see {@link Guids});
 * positions are the file's own numbers, not yet converted (see {@link TextPositions}).
 */
public final class Qde {
    private Qde() {
    }

    /**
     * A whole project file. {@code warnings} lists schema deviations and oddities found while
     * reading; {@code duplicateGuids} every GUID more than one element carries, with what carries it.
     */
    public record Project(String name, String origin, String basePath, Instant created, String creatingUser,
                          String description, List<User> users, List<Code> codes, List<Variable> variables,
                          List<Case> cases, List<Source> sources, List<Note> notes, List<Link> links, List<Set> sets,
                          List<Graph> graphs, List<String> noteRefs, List<Duplicate> duplicateGuids,
                          List<String> warnings) {
    }

    /** A GUID carried by more than one element; {@code holders} say which ("code 'Hope'", …). */
    public record Duplicate(String guid, List<String> holders) {
    }

    /** A code book file: its codes and the sets of codes it defines. */
    public record CodeBook(String origin, List<Code> codes, List<Set> sets, List<String> warnings) {
    }

    public record User(String guid, String name, String id) {
    }

    /** A code with its sub-codes; {@code color} is {@code #RRGGBB} upper case, or null. */
    public record Code(String guid, String name, boolean codable, String color, String description,
                       List<String> noteRefs, List<Code> children) {
    }

    /** {@code type} is the REFI name: Text, Boolean, Integer, Float, Date or DateTime. */
    public record Variable(String guid, String name, String type, String description) {
    }

    /** One value of a variable on a case or a source, in its lexical form. */
    public record Value(String variableGuid, String value) {
    }

    public record Case(String guid, String name, String description, List<String> codeRefs, List<Value> values,
                       List<String> sourceRefs, List<String> selectionRefs) {
    }

    /** What kind of element a source came from. */
    public enum Kind {
        TEXT, PDF, PICTURE, AUDIO, VIDEO
    }

    /**
     * A source. For a PDF the text fields come from its {@code Representation}; {@code path} is the
     * PDF itself (or the picture, audio or video file).
     *
     * @param content          {@code PlainTextContent}, or null
     * @param otherSelections  picture, PDF-area, audio, video and transcript selections, which have
     *                         no home in a text project (counted for the import report)
     */
    public record Source(Kind kind, String guid, String name, String plainTextPath, String richTextPath,
                         String path, String content, String description, List<Selection> selections,
                         List<Coding> codings, List<String> noteRefs, List<Value> values, String creatingUser,
                         Instant created, int otherSelections) {
    }

    /** A {@code PlainTextSelection}: positions as written in the file. */
    public record Selection(String guid, String name, long start, long end, String description,
                            List<Coding> codings, List<String> noteRefs, String creatingUser, Instant created) {
    }

    public record Coding(String guid, String codeGuid, String creatingUser, Instant created, List<String> noteRefs) {
    }

    /**
     * A note (memo): text in {@code content} or in the file at {@code plainTextPath}; ATLAS.ti
     * gives it a title ({@code name}) and a comment ({@code description}) too.
     */
    public record Note(String guid, String name, String content, String plainTextPath, String description,
                       String creatingUser, Instant created, List<Selection> selections) {
    }

    public record Link(String guid, String name, String originGuid, String targetGuid, List<String> noteRefs) {
    }

    public record Set(String guid, String name, String description, List<String> memberCodes,
                      List<String> memberSources, List<String> memberNotes) {
    }

    public record Graph(String guid, String name, int vertices, int edges) {
    }
}
