package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.util.regex.Pattern;

/**
 * SNIP 5, form only: a procedure code with qualifier HC (SV101-1) must look like a CPT or HCPCS Level II code:
 * CPT Category I five digits, Category II four digits + F, Category III four digits + T, PLA four digits + U,
 * HCPCS Level II a letter + four digits. Whether the code exists is the code-set validator's job.
 */
public final class ProcedureCodeFormRule extends LineRule {

    static final Pattern CPT_OR_HCPCS = Pattern.compile("\\d{5}|\\d{4}[FTU]|[A-Z]\\d{4}");
    private static final StatusCode INVALID = StatusCode.of("A7", "454");

    private static final RuleInfo INFO = RuleInfo.rule("procedure-code-form", 5, INVALID,
            "Each HC procedure code (SV101-2) has the form of a CPT (99213, 0001F, 0042T, 0001U) or HCPCS Level II"
                    + " (J1885) code.")
            .statusNote("A7:454 (A6:454 missing)")
            .example("SV1*HC:9921X: \"Service line 1: procedure code '9921X' is not a CPT or HCPCS code.\"");

    public ProcedureCodeFormRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        if (line.procedure().isEmpty()) {
            findings.error(this, StatusCode.of("A6", "454"), line.sv1(), line.number(),
                    "Service line " + line.number() + " has no procedure code (SV101-2).");
        } else if ("HC".equals(line.procedureQualifier()) && !CPT_OR_HCPCS.matcher(line.procedure()).matches()) {
            findings.error(this, INVALID, line.sv1(), line.number(), "Service line " + line.number()
                    + ": procedure code '" + line.procedure() + "' is not a CPT or HCPCS code.");
        }
    }
}
