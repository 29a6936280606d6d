package io.claimgate.edit.api;

import java.time.LocalDate;

/**
 * A fact about the code sets rather than the claim, noted by {@code code-set-missing} once per claim and code
 * system and reported once per file (reports/S.json, {@code "codeSets"}), never as a finding of every claim:
 * {@link Kind#MISSING} no code set answers for the date of service (form checked only), {@link Kind#STALE} the
 * newest loaded release is more than one quarter older than the date. {@code period} says which data was missing
 * (e.g. "FY2027") or, when stale, the newest release's effective date; empty when there is nothing to add.
 */
public record CodeSetNotice(CodeSystem system, Kind kind, LocalDate date, String period) {

    /** What the notice says. */
    public enum Kind {
        /** No code set is loaded for the date: the codes were checked for form only. */
        MISSING,
        /** The newest loaded release is more than one quarter older than the date of service. */
        STALE
    }
}
