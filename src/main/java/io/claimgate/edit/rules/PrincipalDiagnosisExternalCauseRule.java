package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;

/**
 * SNIP 5: an ICD-10-CM external-cause code (chapter 20, V00-Y99) says how an injury happened, never what was
 * treated, so it is never the principal diagnosis (ICD-10-CM Official Guidelines I.C.20). A7:254 with A7:509.
 */
public final class PrincipalDiagnosisExternalCauseRule extends ClaimRule {

    private static final StatusCode PRINCIPAL = StatusCode.of("A7", "254");
    private static final StatusCode EXTERNAL_CAUSE = StatusCode.of("A7", "509");

    private static final RuleInfo INFO = RuleInfo.rule("principal-diagnosis-external-cause", 5, PRINCIPAL,
            "The principal diagnosis is not an ICD-10-CM external-cause code (V00-Y99).")
            .statusNote("A7:254 with A7:509")
            .example("HI*ABK:W010XXA: \"Principal diagnosis 'W010XXA' is an external-cause code (V00-Y99); put the injury"
                    + " first and the external cause after it.\"");

    public PrincipalDiagnosisExternalCauseRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        if (claim.diagnoses().isEmpty()) {
            return;
        }
        Diagnosis dx = claim.diagnoses().get(0);
        if (!dx.principal() || !dx.icd10() || !Codes.isIcd10Form(dx.code())) {
            return;
        }
        char first = dx.code().charAt(0);
        if (first >= 'V' && first <= 'Y') {
            findings.error(this, PRINCIPAL, EXTERNAL_CAUSE, dx.segment(), 0, "Principal diagnosis '" + dx.code()
                    + "' is an external-cause code (V00-Y99); put the injury first and the external cause after it.");
        }
    }
}
