package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.util.regex.Pattern;

/**
 * SNIP 5, form only: every ICD-10-CM code (HI qualifiers ABK/ABF) is a letter followed by 2 to 6 letters or
 * digits, without the decimal point (the TR3 says the decimal is implied). A claim needs a principal diagnosis
 * (HI01 with ABK, or BK for ICD-9). Principal problems are A7:254 (A6:254 when missing), others A7:255.
 */
public final class DiagnosisCodeFormRule extends ClaimRule {

    static final Pattern ICD10_FORM = Pattern.compile("[A-Z][0-9A-Z]{2,6}");
    private static final StatusCode PRINCIPAL = StatusCode.of("A7", "254");
    private static final StatusCode OTHER = StatusCode.of("A7", "255");

    private static final RuleInfo INFO = RuleInfo.rule("diagnosis-code-form", 5, OTHER,
            "Each ICD-10-CM diagnosis (HI, ABK/ABF) is a letter then 2 to 6 letters or digits, with no decimal"
                    + " point; the claim has a principal diagnosis.")
            .statusNote("A7:254 principal / A7:255 other (A6:254 no principal)")
            .example("HI*ABK:J06.9: \"Principal diagnosis 'J06.9' is not an ICD-10-CM code (send it without the decimal point).\"");

    public DiagnosisCodeFormRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        if (claim.diagnoses().isEmpty() || !claim.diagnoses().get(0).principal()) {
            findings.error(this, StatusCode.of("A6", "254"), claim.clm(), 0,
                    "The claim has no principal diagnosis (HI01 with qualifier ABK).");
        }
        for (Diagnosis dx : claim.diagnoses()) {
            if (dx.icd10() && !ICD10_FORM.matcher(dx.code()).matches()) {
                String why = dx.code().contains(".") ? " (send it without the decimal point)" : "";
                findings.error(this, dx.principal() ? PRINCIPAL : OTHER, dx.segment(), 0,
                        (dx.principal() ? "Principal diagnosis" : "Diagnosis " + dx.pointer()) + " '" + dx.code()
                                + "' is not an ICD-10-CM code" + why + ".");
            }
        }
    }
}
