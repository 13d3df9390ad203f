package org.quire.service.coding;

/**
 * A coded passage with the words either side of it, as the node view and the passages export show
 * it: at most {@link Contexts#CONTEXT} characters each way, stopping at a paragraph break and at
 * whole words, white space made single spaces.
 */
public record PassageInContext(CodedPassage passage, String before, String after) {
}
