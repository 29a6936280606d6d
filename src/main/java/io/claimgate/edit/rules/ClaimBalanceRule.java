package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * SNIP 3 balancing: the total claim charge (CLM02) must equal the sum of the line charges (SV102), which payers
 * use to check the claim's math (837P TR3 balancing, X12 RFI 2168). Amounts are compared as numbers: "100" and
 * "100.00" balance. A missing or non-numeric CLM02 is A6:178 / A7:178; a bad SV102 is A7:583 on its line.
 */
public final class ClaimBalanceRule extends ClaimRule {

    private static final StatusCode OUT_OF_BALANCE = StatusCode.of("A7", "400");
    private static final StatusCode SUBMITTED_CHARGES = StatusCode.of("A7", "178");

    private static final RuleInfo INFO = RuleInfo.rule("claim-balance", 3, OUT_OF_BALANCE,
            "The total claim charge (CLM02) equals the sum of the service line charges (SV102).")
            .statusNote("A7:400 with A7:178 (A6:178 / A7:178 bad CLM02, A7:583 bad SV102)")
            .example("CLM02 150, lines 125 + 15: \"The claim is out of balance: the line charges add up to 140 but the claim charge (CLM02) is 150.\"");

    public ClaimBalanceRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        if (claim.charge() == null) {
            findings.error(this, StatusCode.of(claim.chargeText().isEmpty() ? "A6" : "A7", "178"), claim.clm(), 0,
                    claim.chargeText().isEmpty() ? "The total claim charge (CLM02) is missing."
                            : "The total claim charge (CLM02) '" + claim.chargeText() + "' is not an amount.");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (ServiceLine line : claim.lines()) {
            if (line.charge() == null) {
                complete = false;
                findings.error(this, StatusCode.of("A7", "583"), line.sv1(), line.number(),
                        "The line charge (SV102) '" + line.chargeText() + "' is not an amount.");
            } else {
                sum = sum.add(line.charge());
            }
        }
        if (complete && sum.compareTo(claim.charge()) != 0) {
            findings.add(this, Severity.ERROR, List.of(OUT_OF_BALANCE, SUBMITTED_CHARGES), claim.clm(), 0,
                    "The claim is out of balance: the line charges add up to " + sum.toPlainString()
                            + " but the claim charge (CLM02) is " + claim.charge().toPlainString() + ".");
        }
    }
}
