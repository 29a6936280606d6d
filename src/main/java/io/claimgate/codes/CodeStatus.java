package io.claimgate.codes;

import java.time.LocalDate;

/**
 * What a listed code (HCPCS Level II code or modifier, CPT code) means on a date of service, and the one place
 * that decides it from the code's dates.
 */
public enum CodeStatus {
    /** Listed, in effect on or before the date, and not terminated before it. */
    ACTIVE,
    /** Not in the list at all. */
    UNKNOWN,
    /** Listed, but it takes effect after the date of service. */
    NOT_YET_EFFECTIVE,
    /** Listed, but its termination date (the last day it may be billed) is before the date of service. */
    TERMINATED;

    /**
     * The status on {@code dos} of a listed code in effect from {@code from} through {@code through}, both days
     * included; a null date is open-ended. Does not allocate (it runs for every code of every line).
     */
    public static CodeStatus on(LocalDate dos, LocalDate from, LocalDate through) {
        if (from != null && dos.isBefore(from)) {
            return NOT_YET_EFFECTIVE;
        }
        if (through != null && dos.isAfter(through)) {
            return TERMINATED;
        }
        return ACTIVE;
    }
}
