package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceDate;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Profile;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Shared, allocation-free helpers of the code-set rules: code shapes and dates of service. */
final class Codes {

    /** First date on which ICD-10-CM (ABK/ABF) replaced ICD-9-CM (BK/BF) for dates of service. */
    static final LocalDate ICD10_START = LocalDate.of(2015, 10, 1);

    private Codes() {
    }

    /** CPT Level I: five digits, or four digits and F (category II), T (category III) or U (PLA). */
    static boolean isCpt(String code) {
        if (code.length() != 5) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!digit(code.charAt(i))) {
                return false;
            }
        }
        char last = code.charAt(4);
        return digit(last) || last == 'F' || last == 'T' || last == 'U';
    }

    /** HCPCS Level II: an upper-case letter and four digits. */
    static boolean isHcpcsLevel2(String code) {
        if (code.length() != 5 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < 5; i++) {
            if (!digit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An ICD-10-CM code as the form rule accepts it: a letter, then 2 to 6 upper-case letters or digits. */
    static boolean isIcd10Form(String code) {
        int n = code.length();
        if (n < 3 || n > 7 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = code.charAt(i);
            if (!digit(c) && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Two letters or digits (a procedure modifier). */
    static boolean isModifierForm(String code) {
        return code.length() == 2 && alnum(code.charAt(0)) && alnum(code.charAt(1));
    }

    /** Two digits (a place of service code). */
    static boolean isPlaceOfServiceForm(String code) {
        return code.length() == 2 && digit(code.charAt(0)) && digit(code.charAt(1));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean alnum(char c) {
        return digit(c) || (c >= 'A' && c <= 'Z');
    }

    /** The line's date of service (the first day of a range), or null when it is missing or not a real date. */
    static LocalDate lineDate(ServiceLine line) {
        ServiceDate d = line.serviceDate();
        if (d == null || !("D8".equals(d.format()) || "RD8".equals(d.format()))) {
            return null;
        }
        return d.fromDate();
    }

    /**
     * The line's date of service when its procedure code is sent as HC, has the form {@code form} and the profile
     * does not allow it outright ({@code list}); null when the line is not one to look up.
     */
    static LocalDate procedureDate(ServiceLine line, EditContext context, Predicate<String> form,
            Profile.CodeList list) {
        String code = line.procedure();
        if (!"HC".equals(line.procedureQualifier()) || !form.test(code) || context.profile().allows(list, code)) {
            return null;
        }
        return lineDate(line);
    }

    /** The date claim-level codes (diagnoses) are judged by: the earliest valid line date, or null. */
    static LocalDate claimDate(Claim claim) {
        LocalDate earliest = null;
        for (ServiceLine line : claim.lines()) {
            LocalDate d = lineDate(line);
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
        }
        return earliest;
    }
}
