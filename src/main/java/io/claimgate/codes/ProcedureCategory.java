package io.claimgate.codes;

/**
 * The category of a procedure code (SV101-2 with qualifier HC), decided by its form alone, as the AMA and CMS number
 * them: CPT Category I five digits (99213), Category II four digits and F (0001F, performance measures), Category III
 * four digits and T (0042T, emerging technology), Proprietary Laboratory Analyses four digits and U (0001U), HCPCS
 * Level II an upper-case letter and four digits (J3490). The same forms as rule procedure-code-form, so a code that
 * passes that rule has exactly one category here; anything else (lower case, other lengths, other qualifiers) is
 * {@link #OTHER}. No code list is consulted: the analytics must not depend on which code sets are loaded.
 */
public enum ProcedureCategory {

    CPT_CATEGORY_I("cpt-category-i", "CPT Category I"),
    CPT_CATEGORY_II("cpt-category-ii", "CPT Category II"),
    CPT_CATEGORY_III("cpt-category-iii", "CPT Category III"),
    PLA("pla", "CPT PLA (Proprietary Laboratory Analyses)"),
    HCPCS_LEVEL_II("hcpcs-level-ii", "HCPCS Level II"),
    OTHER("other", "other (not HC, or not a CPT or HCPCS form)");

    private final String id;
    private final String text;

    ProcedureCategory(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** The id written in reports and CSV exports, e.g. "cpt-category-ii". */
    public String id() {
        return id;
    }

    /** Plain-language name for the HTML page and the console. */
    public String text() {
        return text;
    }

    /** The category of an HC procedure code; {@link #OTHER} for null or any other form. */
    public static ProcedureCategory of(String code) {
        if (code == null || code.length() != 5) {
            return OTHER;
        }
        char first = code.charAt(0);
        if (!digits(code, 1, 4)) {
            return OTHER;
        }
        char last = code.charAt(4);
        if (first >= '0' && first <= '9') {
            return switch (last) {
                case 'F' -> CPT_CATEGORY_II;
                case 'T' -> CPT_CATEGORY_III;
                case 'U' -> PLA;
                default -> last >= '0' && last <= '9' ? CPT_CATEGORY_I : OTHER;
            };
        }
        return first >= 'A' && first <= 'Z' && last >= '0' && last <= '9' ? HCPCS_LEVEL_II : OTHER;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
