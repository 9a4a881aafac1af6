package org.detente.cli;

/** A command used in a way that cannot work (an output folder that exists, say); exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
