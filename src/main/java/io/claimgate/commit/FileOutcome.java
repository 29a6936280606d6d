package io.claimgate.commit;


/**
 * What became of one input file: processed (its claims accepted and/or rejected, acknowledged) or error (not
 * readable as X12; moved to error/ with a reason). For a processed file, {@code reason} says what its TA1 or 999
 * rejected, if anything, so that the one-line summary an operator reads does not hide it.
 */
public record FileOutcome(String input, String stem, boolean processed, int claims, int accepted, int rejected,
        String reason) {

    public String summary() {
        return processed
                ? input + ": " + claims + " claims, " + accepted + " accepted, " + rejected + " rejected (outputs "
                        + stem + ")" + (reason.isEmpty() ? "" : "; " + reason)
                : input + ": not processed: " + reason;
    }
}
