package io.claimgate.x12;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A value of an X12 code list, in the style of StAEDI's {@code EDIStreamValidationError}: the code written in the
 * segment and the code list's plain-language text (for reports and the operator's view). Each code list is an
 * enum implementing this, so that producers and writers pass types, not strings.
 */
public interface X12Code {

    /** A code and its text, as one code list gives them. */
    record Value(String code, String text) {
    }

    Value value();

    /** The code as written in the X12 element, e.g. "025" or "I6". */
    default String code() {
        return value().code();
    }

    /** The code list's text for it, e.g. "Duplicate Interchange Control Numbers". */
    default String text() {
        return value().text();
    }

    /** The constant of a code list with this code, if any. */
    static <E extends Enum<E> & X12Code> java.util.Optional<E> byCode(Class<E> list, String code) {
        for (E c : list.getEnumConstants()) {
            if (c.code().equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** The codes joined as written, e.g. "3 5". */
    static String join(String separator, Collection<? extends X12Code> codes) {
        return codes.stream().map(X12Code::code).collect(Collectors.joining(separator));
    }
}
