package io.claimgate.syntax;

import io.claimgate.x12.X12Date;
import io.claimgate.x12.X12Time;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SNIP 1-2 element checks from the implementation map: presence, length, type (decimal, integer, date, time) and
 * code values. Returns the IK4s for one segment.
 */
final class ElementChecker {

    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private final ImplementationMap map;

    ElementChecker(ImplementationMap map) {
        this.map = map;
    }

    List<ElementError> check(Segment s, char component) {
        List<ImplementationMap.ElementDef> defs = map.elements(s.id());
        if (defs.isEmpty()) {
            return List.of();
        }
        List<ElementError> errors = new ArrayList<>(2);
        for (ImplementationMap.ElementDef def : defs) {
            String value = s.element(def.position());
            String pos = String.valueOf(def.position());
            if (value.isEmpty()) {
                if (def.required()) {
                    errors.add(new ElementError(pos, def.reference(), ElementErrorCode.REQUIRED_MISSING, ""));
                }
                continue;
            }
            ElementErrorCode code = check(def, s, value, component);
            if (code == ElementErrorCode.REQUIRED_MISSING) { // a composite's first component
                errors.add(new ElementError(pos + ":1", def.reference(), code, ""));
            } else if (code != null) {
                errors.add(new ElementError(pos, def.reference(), code, value));
            }
        }
        return errors;
    }

    /** The error of a present value, or null when it is valid. */
    private static ElementErrorCode check(ImplementationMap.ElementDef def, Segment s, String value, char component) {
        return switch (def.type()) {
            case "ID" -> def.codes().isEmpty() || def.codes().contains(value) ? null
                    : ElementErrorCode.INVALID_CODE_VALUE;
            case "R" -> DECIMAL.matcher(value).matches() ? null : ElementErrorCode.INVALID_CHARACTER;
            case "N0" -> INTEGER.matcher(value).matches() ? null : ElementErrorCode.INVALID_CHARACTER;
            case "DT" -> validDate(s, value) ? null : ElementErrorCode.INVALID_DATE;
            case "TM" -> X12Time.valid(value) ? null : ElementErrorCode.INVALID_TIME;
            case "C" -> Segment.splitComponents(value, component).get(0).isEmpty()
                    ? ElementErrorCode.REQUIRED_MISSING : null;
            default -> value.length() < def.min() ? ElementErrorCode.TOO_SHORT
                    : value.length() > def.max() ? ElementErrorCode.TOO_LONG : null;
        };
    }

    /** DTP03 follows DTP02 (D8 or RD8); other dates are CCYYMMDD. */
    private static boolean validDate(Segment s, String value) {
        if (s.is("DTP") && "RD8".equals(s.element(2))) {
            int dash = value.indexOf('-');
            return dash == 8 && X12Date.parse(value.substring(0, 8)) != null
                    && X12Date.parse(value.substring(9)) != null;
        }
        return X12Date.parse(value) != null;
    }

}
