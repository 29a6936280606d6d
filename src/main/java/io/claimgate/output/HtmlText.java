package io.claimgate.output;

import java.util.Map;
import java.util.Set;

/**
 * Text for reports/S.html: HTML escaping (every value written to the page goes through {@link #esc}), the names of
 * the data elements findings point at, and the one rule for what is patient data and never shown.
 */
final class HtmlText {

    /** What a masked value shows instead of patient data. */
    static final String MASK = "\u2022\u2022\u2022";

    /** Names of the elements claimgate's findings point at (005010X222A1 element names). */
    private static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("CLM01", "Patient control number"),
            Map.entry("CLM02", "Total claim charge amount"),
            Map.entry("CLM05", "Health care service location information"),
            Map.entry("HI01", "Principal diagnosis (health care code information)"),
            Map.entry("LX01", "Assigned number"),
            Map.entry("SV101", "Composite medical procedure identifier"),
            Map.entry("SV102", "Line item charge amount"),
            Map.entry("SV103", "Unit or basis for measurement code"),
            Map.entry("SV104", "Service unit count"),
            Map.entry("SV105", "Place of service code"),
            Map.entry("SV107", "Composite diagnosis code pointer"),
            Map.entry("DTP01", "Date time qualifier"),
            Map.entry("DTP02", "Date time period format qualifier"),
            Map.entry("DTP03", "Date time period (date of service)"),
            Map.entry("NM101", "Entity identifier code"),
            Map.entry("NM108", "Identification code qualifier"),
            Map.entry("NM109", "Identification code (NPI)"),
            Map.entry("REF02", "Reference identification"),
            Map.entry("PRV03", "Provider taxonomy code"));

    /** Segments of the subscriber and patient loops (2010BA/2010CA, 2330A) that carry a person's data. */
    private static final Set<String> PERSON_SEGMENTS = Set.of("N3", "N4", "DMG", "REF", "PER");

    private HtmlText() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                b.append(r != null ? r : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * The element's name, e.g. "SV104 Service unit count" or "SV101-2 Composite medical procedure identifier"
     * (component 2); the reference alone for elements not listed.
     */
    static String elementName(String segmentId, int position, int component) {
        String element = segmentId + (position < 10 ? "0" : "") + position;
        String ref = element + (component > 0 ? "-" + component : "");
        if (segmentId.equals("HI") && position > 1) {
            return ref + " Other diagnosis (health care code information)";
        }
        String name = ELEMENTS.get(element);
        return name == null ? ref : ref + " " + name;
    }

    /**
     * True when a segment carries a patient's or subscriber's data and is never shown: the person's name (NM1*IL,
     * NM1*QC, wherever it is), and the address, demographic, reference and contact segments of the subscriber and
     * patient loops (2000B/2010BA, 2000C/2010CA) and of the other subscriber (2330A).
     *
     * @param personLoop the segment is in the subscriber or patient level, or in loop 2330A
     */
    static boolean isPersonData(String segmentId, String qualifier, boolean personLoop) {
        if (segmentId.equals("NM1") && (qualifier.equals("IL") || qualifier.equals("QC"))) {
            return true;
        }
        return personLoop && PERSON_SEGMENTS.contains(segmentId);
    }
}
