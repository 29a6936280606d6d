package io.claimgate.x12;

/** The X12 TM type: HHMM, HHMMSS or HHMMSSD..., a real time of day (2460 is not). */
public final class X12Time {

    private X12Time() {
    }

    /** Whether the text is a real time of 4, 6 or 8 digits. */
    public static boolean valid(String value) {
        int length = value.length();
        if (length < 4 || length > 8 || length == 5 || length == 7) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        int hh = Integer.parseInt(value.substring(0, 2));
        int mm = Integer.parseInt(value.substring(2, 4));
        int ss = length >= 6 ? Integer.parseInt(value.substring(4, 6)) : 0;
        return hh < 24 && mm < 60 && ss < 60;
    }
}
