package io.claimgate.cli;

/** An operational failure a command reports as one line on stderr and an exit code. */
final class CommandFailure extends Exception {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** Prints "claimgate: reason" on stderr and returns the exit code. */
    int report() {
        System.err.println("claimgate: " + getMessage());
        return exitCode;
    }
}
