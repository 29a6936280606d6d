package io.claimgate.syntax;

import io.claimgate.syntax.ElementRules.ElementRule;
import io.claimgate.x12.Segment;
import io.claimgate.x12.X12Date;
import java.util.List;

/**
 * The situational element rules of 005010X222A1 that the element data cannot express, because an element's form
 * depends on another element's value. One method per guide note.
 */
final class GuideNotes {

    private GuideNotes() {
    }

    /**
     * "Date Time Period Format Qualifier" (data element 1250) says the form of the Date Time Period (1251) after it:
     * D8 is CCYYMMDD, RD8 is CCYYMMDD-CCYYMMDD (DTP02/DTP03, DMG01/DMG02). A value of another form is an invalid
     * date (IK4 8). A qualifier outside the element's code list is reported by the code check, not here.
     */
    static void dateTimePeriodFormat(ElementRule[] defs, Segment s, List<ElementError> errors) {
        for (int i = 1; i + 1 < defs.length; i++) {
            if (defs[i] == null || defs[i + 1] == null || !defs[i].dataElement().equals("1250")
                    || !defs[i + 1].dataElement().equals("1251")) {
                continue;
            }
            String value = s.element(i + 1);
            if (value.isEmpty() || hasError(errors, i + 1)) {
                continue;
            }
            boolean valid = switch (s.element(i)) {
                case "D8" -> X12Date.parse(value) != null;
                case "RD8" -> value.length() == 17 && value.charAt(8) == '-'
                        && X12Date.parse(value.substring(0, 8)) != null && X12Date.parse(value.substring(9)) != null;
                default -> true;
            };
            if (!valid) {
                errors.add(new ElementError(String.valueOf(i + 1), defs[i + 1].dataElement(), ElementErrorCode.INVALID_DATE, value));
            }
        }
    }

    private static boolean hasError(List<ElementError> errors, int position) {
        String pos = String.valueOf(position);
        return errors.stream().anyMatch(e -> e.position().equals(pos));
    }
}
