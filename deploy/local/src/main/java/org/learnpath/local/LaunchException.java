package org.learnpath.local;

/**
 * A failure the user can act on. Its message is printed without a stack trace, so it must say what went wrong
 * and where to look (usually a log file).
 */
final class LaunchException extends Exception {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
