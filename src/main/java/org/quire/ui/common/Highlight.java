package org.quire.ui.common;

import org.quire.model.Coding;
import org.quire.model.Span;

/** A coded passage as the document view paints it and the codes panel lists it. */
public record Highlight(Span span, String color, String nodePath, Coding coding, String coder) {
}
