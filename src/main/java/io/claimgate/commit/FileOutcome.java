package io.claimgate.commit;


/**
 * What became of one input file: processed (its claims accepted and/or rejected, acknowledged) or error (not
 * readable as X12; moved to error/ with a reason). For a processed file, {@code reason} says what its TA1 or 999
 * rejected, if anything, so that the one-line summary an operator reads does not hide it, and
 * {@code acknowledgmentRejected} whether they rejected anything at all ({@code validate}'s exit code).
 */
public record FileOutcome(String input, String stem, boolean processed, int claims, int accepted, int rejected,
        String reason, boolean acknowledgmentRejected) {

    /** An outcome whose TA1 and 999 rejected nothing (or that was not processed). */
    public FileOutcome(String input, String stem, boolean processed, int claims, int accepted, int rejected,
            String reason) {
        this(input, stem, processed, claims, accepted, rejected, reason, false);
    }

    public String summary() {
        return processed
                ? input + ": " + claims + " claims, " + accepted + " accepted, " + rejected + " rejected (outputs "
                        + stem + ")" + (reason.isEmpty() ? "" : "; " + reason)
                : input + ": not processed: " + reason;
    }
}
