package io.claimgate.ack;

import io.claimgate.x12.X12Code;
import java.util.Optional;

/**
 * The 277CA status codes claimgate writes (STC01-2, code source 508, Claim Status Codes) with the code list's text,
 * for the operator's view (reports/S.html). Wording as in the WPC list (docs: ../shared reference §4.2).
 */
public enum ClaimStatusCode implements X12Code {

    ACCEPTED("20", "Accepted for processing"),
    MISSING_OR_INVALID("21", "Missing or invalid information"),
    SUBMITTED_CHARGES("178", "Submitted charges"),
    DATES_OF_SERVICE("187", "Date(s) of service"),
    PLACE_OF_SERVICE("249", "Place of service"),
    PRINCIPAL_DIAGNOSIS("254", "Principal diagnosis code"),
    DIAGNOSIS("255", "Diagnosis code"),
    OUT_OF_BALANCE("400", "Claim is out of balance"),
    MODIFIER("453", "Procedure code modifier(s) for service(s) rendered"),
    PROCEDURE("454", "Procedure code for services rendered"),
    UNITS("476", "Missing or invalid units of service"),
    DIAGNOSIS_POINTER("477", "Diagnosis code pointer is missing or invalid"),
    FORMAT("481", "Claim/submission format is invalid"),
    HCPCS("507", "HCPCS"),
    ICD9("508", "ICD9"),
    EXTERNAL_CAUSE("509", "External cause of injury code"),
    FUTURE_DATE("510", "Future date"),
    NPI("562", "Entity's National Provider Identifier (NPI)"),
    LINE_CHARGE("583", "Line item charge amount"),
    ICD10("700", "ICD10"),
    BILLING_GUIDELINES("732", "Information submitted inconsistent with billing guidelines");

    private final Value value;

    ClaimStatusCode(String code, String text) {
        this.value = new Value(code, text);
    }

    @Override
    public Value value() {
        return value;
    }

    public static Optional<ClaimStatusCode> of(String code) {
        return X12Code.byCode(ClaimStatusCode.class, code);
    }
}
