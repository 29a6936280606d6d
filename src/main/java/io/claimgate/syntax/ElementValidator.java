package io.claimgate.syntax;

import io.claimgate.syntax.ElementRules.ElementRule;
import io.claimgate.syntax.ElementRules.SegmentRule;
import io.claimgate.syntax.ElementRules.SyntaxNote;
import io.claimgate.x12.Segment;
import io.claimgate.x12.X12Date;
import io.claimgate.x12.X12Time;
import java.util.ArrayList;
import java.util.List;

/**
 * SNIP 2 element checks of one segment against {@link ElementRules}, in the loop the structure check placed it:
 * usage, type, length, code list, too many elements or components, and the segment's syntax notes, each answered
 * with its 999 IK4 code (X12 723): 1 required missing, 2 conditional required missing, 3 too many data elements,
 * 4 too short, 5 too long, 6 invalid character, 7 invalid code value, 8 invalid date, 9 invalid time, 10 exclusion
 * violated, 13 too many components, I10 an element the guide marks "Not Used" is present. Rules that need a
 * condition the data cannot express are in {@link GuideNotes}. Stateless; share one instance.
 */
final class ElementValidator {

    private final ElementRules rules;

    ElementValidator(ElementRules rules) {
        this.rules = rules;
    }

    /** The IK4s of one segment in the loop it was placed in; empty when all is well or the loop is not known. */
    List<ElementError> check(Segment s, String loop, char component) {
        SegmentRule[] variants = rules.segments(loop, s.id());
        if (variants == null) {
            return List.of();
        }
        if (variants.length == 1) {
            return check(variants[0], s, component);
        }
        // Same-id segments of a loop (the 2300 REFs, DTPs, HIs...) are told apart by element 1 or its first component.
        String qualifier = firstComponent(s.element(1), component);
        List<ElementError> first = null;
        for (SegmentRule rule : variants) {
            if (rule.qualifiers().contains(qualifier)) {
                List<ElementError> errors = check(rule, s, component);
                if (errors.isEmpty()) {
                    return errors;
                }
                first = first == null ? errors : first;
            }
        }
        if (first != null) {
            return first;
        }
        SegmentRule any = variants[0];
        ElementRule q = any.elements()[1].composite() ? any.components()[1][1] : any.elements()[1];
        return List.of(new ElementError(q.ik4Position(), q.dataElement(), qualifier.isEmpty() ? ElementErrorCode.REQUIRED_MISSING : ElementErrorCode.INVALID_CODE_VALUE, qualifier));
    }

    /** The data element number of a segment's element 1 (its qualifier), "" when the guide has no such segment. */
    String qualifierReference(String segmentId) {
        ElementRule q = rules.firstElement(segmentId);
        return q == null ? "" : q.dataElement();
    }

    private static String firstComponent(String value, char component) {
        int at = value.indexOf(component);
        return at < 0 ? value : value.substring(0, at);
    }

    private List<ElementError> check(SegmentRule rule, Segment s, char component) {
        List<ElementError> errors = new ArrayList<>(0);
        ElementRule[] defs = rule.elements();
        for (int i = 1; i < defs.length; i++) {
            ElementRule def = defs[i];
            if (def == null) {
                continue;
            }
            String value = s.element(i);
            if (def.composite()) {
                composite(def, rule.components()[i], value, component, errors);
            } else {
                add(errors, def, simple(def, value), value);
            }
        }
        for (int i = s.elementCount(); i >= defs.length; i--) {
            if (!s.element(i).isEmpty()) {
                errors.add(new ElementError(String.valueOf(i), "", ElementErrorCode.TOO_MANY_ELEMENTS, copy(firstComponent(s.element(i), component))));
                break;
            }
        }
        for (SyntaxNote note : rule.notes()) {
            syntax(note, s, defs, errors);
        }
        GuideNotes.dateTimePeriodFormat(defs, s, errors);
        return errors;
    }

    private static void add(List<ElementError> errors, ElementRule def, ElementErrorCode code, String value) {
        if (code != null) {
            errors.add(new ElementError(def.ik4Position(), def.dataElement(), code,
                    code == ElementErrorCode.REQUIRED_MISSING ? "" : copy(value)));
        }
    }

    private static void composite(ElementRule def, ElementRule[] parts, String value, char component,
            List<ElementError> errors) {
        if (value.isEmpty() || def.usage() == 'N') {
            add(errors, def, simple(def, value), value);
            return;
        }
        if (parts == null) {
            return;
        }
        List<String> values = Segment.splitComponents(value, component);
        for (int j = 1; j < parts.length; j++) {
            if (parts[j] != null) {
                String v = j <= values.size() ? values.get(j - 1) : "";
                add(errors, parts[j], simple(parts[j], v), v);
            }
        }
        for (int j = values.size(); j >= parts.length; j--) {
            if (!values.get(j - 1).isEmpty()) {
                errors.add(new ElementError(def.position() + ":" + j, def.dataElement(), ElementErrorCode.TOO_MANY_COMPONENTS, values.get(j - 1)));
                break;
            }
        }
    }

    /** IK404 (Copy of Bad Data Element) is AN 1/99. */
    private static String copy(String value) {
        return value.length() > 99 ? value.substring(0, 99) : value;
    }

    /** The IK4 code for one simple element or component value, or null when it is valid. */
    static ElementErrorCode simple(ElementRule def, String value) {
        if (value.isEmpty()) {
            return def.usage() == 'R' ? ElementErrorCode.REQUIRED_MISSING : null;
        }
        if (def.usage() == 'N') {
            return ElementErrorCode.NOT_USED_PRESENT;
        }
        if (def.codes() != null) {
            return def.codes().contains(value) ? null : ElementErrorCode.INVALID_CODE_VALUE;
        }
        return switch (def.type()) {
            case "C" -> null;
            case "DT" -> X12Date.parse(value) != null ? null : ElementErrorCode.INVALID_DATE;
            case "TM" -> X12Time.valid(value) ? null : ElementErrorCode.INVALID_TIME;
            case "R" -> length(def, numericDigits(value, true));
            case "N0", "N1", "N2" -> length(def, numericDigits(value, false));
            default -> printable(value) ? length(def, value.length()) : ElementErrorCode.INVALID_CHARACTER;
        };
    }

    private static ElementErrorCode length(ElementRule def, int length) {
        return length < 0 ? ElementErrorCode.INVALID_CHARACTER : length < def.min() ? ElementErrorCode.TOO_SHORT : length > def.max() ? ElementErrorCode.TOO_LONG : null;
    }

    /**
     * Digits in a numeric value, or -1 when it is not a number of that type. The sign, and for R the decimal point
     * and an exponent (X12 allows {@code 1.5E3}), do not count toward its length.
     */
    private static int numericDigits(String value, boolean decimal) {
        int end = decimal ? Math.max(value.indexOf('E'), value.indexOf('e')) : -1;
        if (end >= 0 && numericDigits(value.substring(end + 1), false) < 0) {
            return -1;
        }
        end = end < 0 ? value.length() : end;
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' && i == 0) {
                continue;
            } else if (c == '.' && decimal && !point) {
                point = true;
            } else {
                return -1;
            }
        }
        return digits == 0 ? -1 : digits;
    }

    /** X12 basic and extended character sets exclude control characters. */
    private static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * Segment syntax notes (X12 standard): P if any is present all are; R at least one is; E not more than one is;
     * C if the first is present all others are; L if the first is present at least one other is. A missing element
     * is 2 (conditional required), a second one present under E is 10; an element already in error is not
     * reported twice.
     */
    private static void syntax(SyntaxNote note, Segment s, ElementRule[] defs, List<ElementError> errors) {
        int[] p = note.positions();
        int present = 0;
        for (int position : p) {
            present += s.element(position).isEmpty() ? 0 : 1;
        }
        boolean firstPresent = !s.element(p[0]).isEmpty();
        switch (note.kind()) {
            case 'P' -> {
                if (present > 0 && present < p.length) {
                    missing(p, 0, s, defs, errors, false);
                }
            }
            case 'C' -> {
                if (firstPresent) {
                    missing(p, 1, s, defs, errors, false);
                }
            }
            case 'R' -> {
                if (present == 0) {
                    missing(p, 0, s, defs, errors, true);
                }
            }
            case 'L' -> {
                if (firstPresent && present == 1 && p.length > 1) {
                    missing(p, 1, s, defs, errors, true);
                }
            }
            case 'E' -> {
                if (present > 1) {
                    int second = 0;
                    for (int i = 0, seen = 0; i < p.length && second == 0; i++) {
                        seen += s.element(p[i]).isEmpty() ? 0 : 1;
                        second = seen == 2 ? p[i] : 0;
                    }
                    report(second, ElementErrorCode.EXCLUSION_VIOLATED, s, defs, errors);
                }
            }
            default -> throw new IllegalStateException("unknown syntax note " + note.kind());
        }
    }

    private static void missing(int[] p, int from, Segment s, ElementRule[] defs, List<ElementError> errors,
            boolean firstOnly) {
        for (int i = from; i < p.length; i++) {
            if (s.element(p[i]).isEmpty()) {
                report(p[i], ElementErrorCode.CONDITIONAL_MISSING, s, defs, errors);
                if (firstOnly) {
                    return;
                }
            }
        }
    }

    private static void report(int position, ElementErrorCode code, Segment s, ElementRule[] defs, List<ElementError> errors) {
        String pos = String.valueOf(position);
        for (ElementError e : errors) {
            if (e.position().equals(pos) || e.position().startsWith(pos + ":")) {
                return;
            }
        }
        String reference = position < defs.length && defs[position] != null ? defs[position].dataElement() : "";
        errors.add(new ElementError(pos, reference, code, code == ElementErrorCode.CONDITIONAL_MISSING ? "" : copy(s.element(position))));
    }
}
