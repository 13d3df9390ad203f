package org.quire.imports;

import com.rtfparserkit.parser.RtfListenerAdaptor;
import com.rtfparserkit.rtf.Command;
import com.rtfparserkit.rtf.CommandType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Listens to rtfparserkit's events and builds paragraphs. Each RTF group inherits where its text
 * goes (the body, a footnote, a comment, the title, or nowhere) from the group around it.
 */
final class RtfText extends RtfListenerAdaptor {
    private enum Target { BODY, LABEL, FOOTNOTE, COMMENT, AUTHOR, TITLE, INFO, SKIP }

    // Why: a hostile file can open groups without end; the parser's stack is ours to bound.
    private static final int MAX_GROUP_DEPTH = 1_000;

    private final TextBuilder out;
    private final Deque<Target> groups = new ArrayDeque<>();
    private Target target = Target.BODY;
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder side = new StringBuilder();
    private final StringBuilder author = new StringBuilder();
    private final StringBuilder title = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean inTable;
    private int footnotes;

    RtfText(TextBuilder out) {
        this.out = out;
    }

    String title() {
        String t = title.toString().strip();
        return t.isEmpty() ? null : t;
    }

    void finish() {
        endParagraph();
        endRow();
        for (String note : notes) {
            out.paragraph(note);
        }
    }

    @Override
    public void processGroupStart() {
        if (groups.size() >= MAX_GROUP_DEPTH) {
            throw new IllegalStateException("groups nested more than " + MAX_GROUP_DEPTH + " deep");
        }
        groups.push(target);
    }

    @Override
    public void processGroupEnd() {
        Target ending = target;
        target = groups.isEmpty() ? Target.BODY : groups.pop();
        if (ending == Target.FOOTNOTE && target != Target.FOOTNOTE) {
            notes.add("[Footnote " + footnotes + "] " + DocxImporter.oneLine(side.toString()));
            side.setLength(0);
        } else if (ending == Target.COMMENT && target != Target.COMMENT) {
            String by = author.toString().strip();
            notes.add("[Comment" + (by.isEmpty() ? "" : " by " + by) + "] " + DocxImporter.oneLine(side.toString()));
            side.setLength(0);
            author.setLength(0);
        }
    }

    @Override
    public void processString(String string) {
        switch (target) {
            case BODY -> paragraph.append(string);
            case LABEL -> paragraph.append(string.replace('\t', ' '));
            case FOOTNOTE, COMMENT -> side.append(string);
            case AUTHOR -> author.append(string);
            case TITLE -> title.append(string);
            default -> {
            }
        }
    }

    @Override
    public void processCommand(Command command, int parameter, boolean hasParameter, boolean optional) {
        if (target == Target.SKIP || target == Target.INFO && command != Command.title) {
            return;
        }
        if (command == null || command == Command.optionalcommand) {
            // Why: the parser reports \* alone when the destination after it is one it does not
            // know; such a group is one a reader may ignore, and we do.
            if (optional || command == Command.optionalcommand) {
                target = Target.SKIP;
            }
            return;
        }
        if (command.getCommandType() == CommandType.Destination) {
            destination(command);
            return;
        }
        if (optional) {
            // Why: \* marks a group a reader may ignore when it does not know it; we do.
            target = Target.SKIP;
            return;
        }
        switch (command) {
            case par, sect -> {
                if (target == Target.BODY || target == Target.LABEL) {
                    if (inTable) {
                        paragraph.append(' ');
                    } else {
                        endParagraph();
                    }
                } else {
                    processString(" ");
                }
            }
            case intbl -> inTable = true;
            case pard -> inTable = false;
            case cell, nestcell -> {
                if (target == Target.BODY) {
                    cells.add(DocxImporter.oneLine(paragraph.toString()));
                    paragraph.setLength(0);
                }
            }
            case row, nestrow -> endRow();
            case line -> processString("\n");
            case tab -> processString("\t");
            case emdash -> processString("\u2014");
            case endash -> processString("\u2013");
            case bullet -> processString("\u2022");
            case lquote -> processString("\u2018");
            case rquote -> processString("\u2019");
            case ldblquote -> processString("\u201C");
            case rdblquote -> processString("\u201D");
            case nonbreakingspace -> processString("\u00A0");
            case nonbreakinghyphen -> processString("\u2011");
            case emspace -> processString("\u2003");
            case enspace -> processString("\u2002");
            case qmspace -> processString("\u2005");
            case zwj -> processString("\u200D");
            case zwnj -> processString("\u200C");
            case chftn -> {
                if (target == Target.BODY) {
                    paragraph.append('[').append(++footnotes).append(']');
                }
            }
            default -> {
            }
        }
    }

    private void destination(Command command) {
        switch (command) {
            case rtf, field, fldrslt -> {
                // Visible text: the body continues (a hyperlink's words).
            }
            case pntext, listtext -> target = target == Target.BODY ? Target.LABEL : target;
            case footnote -> target = Target.FOOTNOTE;
            case annotation -> target = Target.COMMENT;
            case atnauthor -> target = Target.AUTHOR;
            case info -> target = Target.INFO;
            case title -> target = target == Target.INFO ? Target.TITLE : Target.SKIP;
            default -> target = Target.SKIP;
        }
    }

    private void endParagraph() {
        if (!paragraph.isEmpty()) {
            out.paragraph(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private void endRow() {
        if (!cells.isEmpty()) {
            out.paragraph(String.join(DocxImporter.CELL_SEPARATOR, cells));
            cells.clear();
        }
        inTable = false;
    }
}
