package org.reformgraph.loader;

/**
 * Input the loader cannot use. The message names the file and, where there is one, the line, and says what was
 * expected; nothing has been written when it is thrown.
 */
public class LoadException extends RuntimeException {
    private final String file;
    private final int line;

    public LoadException(String file, int line, String message) {
        super(format(file, line, message));
        this.file = file;
        this.line = line;
    }

    public LoadException(String file, int line, String message, Throwable cause) {
        super(format(file, line, message), cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line in the file, or 0 when the problem has no line. */
    public int line() {
        return line;
    }

    private static String format(String file, int line, String message) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
