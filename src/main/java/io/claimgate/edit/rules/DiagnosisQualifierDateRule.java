package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;

/**
 * SNIP 5: ICD-9-CM diagnoses (HI qualifiers BK/BF) only for dates of service before 2015-10-01, ICD-10-CM
 * (ABK/ABF) only on or after it (HIPAA ICD-10 compliance date). Judged against every valid line date, so a claim
 * spanning the change is flagged too. A7:254 principal / A7:255 other, with A7:508 (ICD-9) or A7:700 (ICD-10).
 */
public final class DiagnosisQualifierDateRule extends ClaimRule {

    private static final StatusCode PRINCIPAL = StatusCode.of("A7", "254");
    private static final StatusCode OTHER = StatusCode.of("A7", "255");
    private static final StatusCode ICD9 = StatusCode.of("A7", "508");

    private static final RuleInfo INFO = RuleInfo.rule("diagnosis-qualifier-date", 5, OTHER,
            "ICD-9-CM qualifiers (BK/BF) are used only for dates of service before 2015-10-01 and ICD-10-CM"
                    + " qualifiers (ABK/ABF) only on or after it.")
            .statusNote("A7:254 principal / A7:255 other, with A7:508 (ICD-9) or A7:700 (ICD-10)")
            .example("HI*BK:4019 on 2026-01-05: \"Principal diagnosis '4019' is sent as ICD-9-CM (BK), but the date of"
                    + " service 2026-01-05 is on or after 2015-10-01: use ICD-10-CM (ABK).\"");

    public DiagnosisQualifierDateRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        LocalDate latest = null;
        LocalDate earliest = null;
        for (ServiceLine line : claim.lines()) {
            LocalDate d = Codes.lineDate(line);
            if (d != null) {
                latest = latest == null || d.isAfter(latest) ? d : latest;
                earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
            }
        }
        if (latest == null) {
            return;
        }
        for (Diagnosis dx : claim.diagnoses()) {
            String which = dx.principal() ? "Principal diagnosis" : "Diagnosis " + dx.pointer();
            StatusCode status = dx.principal() ? PRINCIPAL : OTHER;
            if (!dx.icd10() && !latest.isBefore(Codes.ICD10_START)) {
                findings.error(this, status, ICD9, dx.segment(), 0, which + " '" + dx.code() + "' is sent as ICD-9-CM ("
                        + dx.qualifier() + "), but the date of service " + latest + " is on or after 2015-10-01: use"
                        + " ICD-10-CM (" + (dx.principal() ? "ABK" : "ABF") + ").");
            } else if (dx.icd10() && earliest.isBefore(Codes.ICD10_START)) {
                findings.error(this, status, DiagnosisCodeSetRule.ICD10, dx.segment(), 0, which + " '" + dx.code()
                        + "' is sent as ICD-10-CM (" + dx.qualifier() + "), but the date of service " + earliest
                        + " is before 2015-10-01: use ICD-9-CM (" + (dx.principal() ? "BK" : "BF") + ").");
            }
        }
    }
}
