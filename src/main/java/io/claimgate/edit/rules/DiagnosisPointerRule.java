package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;

/**
 * SNIP 2: every diagnosis code pointer in SV107 (up to four, SV107-1 required) is a number from 1 to 12 that
 * points at a diagnosis present in the claim's HI segments. A7:477 on the line.
 */
public final class DiagnosisPointerRule extends LineRule {

    private static final StatusCode INVALID = StatusCode.of("A7", "477");

    private static final RuleInfo INFO = RuleInfo.rule("diagnosis-pointer", 2, INVALID,
            "Each diagnosis pointer (SV107) points at a diagnosis that the claim's HI segment carries.")
            .statusNote("A7:477 (A6:477 missing)")
            .example("SV107 1:3 with two diagnoses: \"Service line 1: diagnosis pointer 3 does not point at one of the claim's 2 diagnosis codes.\"");

    public DiagnosisPointerRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        int diagnoses = claim.diagnoses().size();
        if (line.diagnosisPointers().isEmpty() || line.diagnosisPointers().get(0).isEmpty()) {
            findings.error(this, StatusCode.of("A6", "477"), line.sv1(), line.number(),
                    "Service line " + line.number() + " has no diagnosis pointer (SV107-1).");
            return;
        }
        for (String pointer : line.diagnosisPointers()) {
            if (pointer.isEmpty()) {
                continue;
            }
            int value = pointerValue(pointer);
            if (value < 1 || value > 12 || value > diagnoses) {
                findings.error(this, INVALID, line.sv1(), line.number(), "Service line " + line.number()
                        + ": diagnosis pointer " + pointer + " does not point at one of the claim's " + diagnoses
                        + " diagnosis codes.");
            }
        }
    }

    /**
     * The pointer's value when it is one or two ASCII digits, else -1. By hand rather than
     * {@code String.matches}, which compiled a regex for every pointer of every line: 10% of the edits' CPU in a
     * profile of the 20,000-claim benchmark (docs/architecture.md).
     */
    static int pointerValue(String pointer) {
        int value = 0;
        for (int i = 0; i < pointer.length(); i++) {
            char c = pointer.charAt(i);
            if (c < '0' || c > '9' || i >= 2) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return pointer.isEmpty() ? -1 : value;
    }
}
