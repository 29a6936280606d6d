package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Review signal (issue 13, upcoding): a level 4 or 5 office/outpatient E/M whose diagnoses are all of low acuity
 * by {@link LowAcuityDiagnoses}, or a prolonged-service add-on (99417, G2212) without 99205/99215 on the same date
 * or with less than one unit (its time threshold is one 15-minute unit). Never rejects: the documentation may well
 * support the level, so a person looks at it.
 */
public final class EmLevelReviewRule extends ClaimRule {

    static final Set<String> HIGH_LEVELS = Set.of("99204", "99205", "99214", "99215");
    static final Set<String> PROLONGED = Set.of("99417", "G2212");
    static final Set<String> PROLONGED_PRIMARY = Set.of("99205", "99215");
    static final String WHY = " This is a review signal only: the medical record may support the level.";

    private static final RuleInfo INFO = new RuleInfo("em-level-review", 7, Severity.REVIEW, null,
            "none (a review signal is never in the 999 or the 277CA)",
            "An office/outpatient E/M of level 4 or 5 (99204, 99205, 99214, 99215) whose diagnoses are all of low"
                    + " acuity (only encounter Z-codes, or one symptom code, by the list in"
                    + " src/main/resources/io/claimgate/edit/rules/low-acuity-diagnoses.txt, drawn from the ICD-10-CM"
                    + " chapters and Official Guidelines), or a prolonged-service add-on (99417, G2212) without"
                    + " 99205/99215 on the same date or under one unit. A review flag for a person, never a"
                    + " rejection.",
            "SV1*HC:99215 with HI*ABK:Z0000 only: \"Line 1: level 5 E/M 99215 with only low-acuity diagnoses"
                    + " (Z0000). This is a review signal only: the medical record may support the level.\"");

    private final LowAcuityDiagnoses lowAcuity;

    public EmLevelReviewRule() {
        this(LowAcuityDiagnoses.load());
    }

    public EmLevelReviewRule(LowAcuityDiagnoses lowAcuity) {
        super(INFO);
        this.lowAcuity = lowAcuity;
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        boolean lowDiagnoses = allLowAcuity(claim.diagnoses());
        for (ServiceLine line : claim.lines()) {
            String code = line.procedure();
            if (HIGH_LEVELS.contains(code) && lowDiagnoses) {
                findings.review(this, line.sv1(), line.number(), "Line " + line.number() + ": level "
                        + code.charAt(4) + " E/M " + code + " with only low-acuity diagnoses ("
                        + String.join(", ", claim.diagnoses().stream().map(Diagnosis::code).toList()) + ")." + WHY);
            } else if (PROLONGED.contains(code)) {
                checkProlonged(claim, line, findings);
            }
        }
    }

    private void checkProlonged(Claim claim, ServiceLine line, Findings findings) {
        boolean primary = claim.lines().stream().anyMatch(l -> PROLONGED_PRIMARY.contains(l.procedure())
                && sameDate(l, line));
        if (!primary) {
            findings.review(this, line.sv1(), line.number(), "Line " + line.number() + ": prolonged service "
                    + line.procedure() + " without 99205 or 99215 on the same date." + WHY);
        } else if (line.units() != null && line.units().compareTo(BigDecimal.ONE) < 0) {
            findings.review(this, line.sv1(), line.number(), "Line " + line.number() + ": prolonged service "
                    + line.procedure() + " with " + line.unitsText() + " units, under its 15-minute threshold." + WHY);
        }
    }

    private static boolean sameDate(ServiceLine a, ServiceLine b) {
        return a.serviceDate() != null && b.serviceDate() != null
                && a.serviceDate().value().equals(b.serviceDate().value());
    }

    /** All diagnoses are encounter Z-codes, or the only diagnosis is a symptom code. */
    boolean allLowAcuity(List<Diagnosis> diagnoses) {
        if (diagnoses.isEmpty()) {
            return false;
        }
        if (diagnoses.size() == 1 && lowAcuity.symptom(diagnoses.get(0).code())) {
            return true;
        }
        return diagnoses.stream().allMatch(d -> lowAcuity.encounter(d.code()));
    }
}
