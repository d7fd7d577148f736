package org.learnpath.local;

/**
 * A failure the user can act on. Its message is printed without a stack trace, so it must say what went wrong
 * and where to look (usually a log file).
 */
public final class LaunchException extends Exception {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
