package io.claimgate.route;

/**
 * A file claimgate could not admit or stage for a reason of its own (a file it cannot read, an output folder or a
 * control-number file it cannot write), as opposed to bad input, which is an outcome. The claim-file route's error
 * policy (camel-routes/claim-files.yaml) retries the failed step a bounded number of times and then files the
 * input under error/ with this message as its reason.
 */
public final class StagingFailure extends Exception {

    public StagingFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
