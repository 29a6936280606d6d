package io.claimgate.claim;

/**
 * A date or date range as written in a DTP segment: format qualifier D8 (CCYYMMDD) or RD8 (CCYYMMDD-CCYYMMDD).
 * Kept as text; the edits decide whether it is a real date.
 */
public record ServiceDate(String format, String value) {

    public String from() {
        int dash = value.indexOf('-');
        return "RD8".equals(format) && dash > 0 ? value.substring(0, dash) : value;
    }

    /** The first day as a date, or null when it is not a real CCYYMMDD date. */
    public java.time.LocalDate fromDate() {
        return io.claimgate.x12.X12Date.parse(from());
    }

    /** The last day as a date, or null when it is not a real CCYYMMDD date. */
    public java.time.LocalDate toDate() {
        return io.claimgate.x12.X12Date.parse(to());
    }

    public String to() {
        int dash = value.indexOf('-');
        return "RD8".equals(format) && dash > 0 ? value.substring(dash + 1) : value;
    }
}
