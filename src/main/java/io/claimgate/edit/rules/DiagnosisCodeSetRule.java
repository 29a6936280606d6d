package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.codes.Icd10CodeSet;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.Profile;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;

/**
 * SNIP 5: every ICD-10-CM diagnosis (ABK/ABF) is a billable code of the code set of the fiscal year of the
 * claim's date of service (its earliest valid line date). A category or subcategory header (E11, M545, R05) is
 * named as such. Codes with the wrong form are left to {@code diagnosis-code-form}; dates before ICD-10 to
 * {@code diagnosis-qualifier-date}. Findings belong to the claim (the HI segment is claim-level): A7:254 for the
 * principal diagnosis, A7:255 for the others, each with A7:700 (ICD-10).
 */
public final class DiagnosisCodeSetRule extends ClaimRule {

    private static final StatusCode PRINCIPAL = StatusCode.of("A7", "254");
    private static final StatusCode OTHER = StatusCode.of("A7", "255");
    static final StatusCode ICD10 = StatusCode.of("A7", "700");

    private static final RuleInfo INFO = RuleInfo.rule("diagnosis-code-set", 5, OTHER,
            "Each ICD-10-CM diagnosis is a billable code in the code set of the fiscal year of the date of service"
                    + " (a category header such as E11 is not billable).")
            .statusNote("A7:254 principal / A7:255 other, with A7:700")
            .example("HI*ABK:M545 on 2026-01-05: \"Principal diagnosis 'M545' is an ICD-10-CM category header, not a"
                    + " billable code (FY2026); send the complete code.\"");

    public DiagnosisCodeSetRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        LocalDate dos = Codes.claimDate(claim);
        if (dos == null || dos.isBefore(Codes.ICD10_START)) {
            return;
        }
        Icd10CodeSet set = context.codes().icd10(dos);
        if (set == null) {
            return;
        }
        for (Diagnosis dx : claim.diagnoses()) {
            String code = dx.code();
            if (!dx.icd10() || !Codes.isIcd10Form(code) || set.isBillable(code)
                    || context.profile().allows(Profile.CodeList.ICD10, code)) {
                continue;
            }
            String which = dx.principal() ? "Principal diagnosis" : "Diagnosis " + dx.pointer();
            if (set.isKnownHeader(code)) {
                // A code that other codes extend is a header in any list, the curated sample included.
                findings.error(this, dx.principal() ? PRINCIPAL : OTHER, ICD10, dx.segment(), 0, which + " '" + code
                        + "' is an ICD-10-CM category header, not a billable code (FY" + set.fiscalYear()
                        + "); send the complete code.");
            } else {
                findings.errorUnlessPartial(this, context.codes().partial(), dx.principal() ? PRINCIPAL : OTHER,
                        ICD10, dx.segment(), 0, which + " '" + code + "' is not in the ICD-10-CM code set of FY"
                                + set.fiscalYear() + " (date of service " + dos + ").");
            }
        }
    }
}
