package io.claimgate.edit.api;

import java.util.List;

/**
 * One result of one rule on one claim. {@code line} is the LX01 of the service line it belongs to, or 0 for the
 * claim. {@code segment}/{@code position} name the segment that carries the problem (position = its ordinal in the
 * file). {@code statuses} holds the 277CA status first and, for statuses that need a companion code, that code
 * (e.g. A7:510 "future date" with A7:187 "dates of service").
 */
public record Finding(
        String rule,
        int snip,
        Severity severity,
        List<StatusCode> statuses,
        String segment,
        long position,
        String message,
        int line) {

    /** The 277CA status, or null for a finding no 277CA carries (a set the 999 rejected is not in the 277CA). */
    public StatusCode status() {
        return statuses.isEmpty() ? null : statuses.get(0);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A review signal: never a rejection, never in the 999 or the 277CA. */
    public boolean isReview() {
        return severity == Severity.REVIEW;
    }
}
