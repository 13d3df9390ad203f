package org.quire.model;

/**
 * A problem the user can understand and act on: a bad value, a refused operation, a file that
 * cannot be read. The message is written for a researcher and names the value or file concerned;
 * front ends show it as it is (the CLI on one line, the workbench in a dialog).
 */
public class QuireException extends RuntimeException {
    public QuireException(String message) {
        super(message);
    }

    public QuireException(String message, Throwable cause) {
        super(message, cause);
    }
}
