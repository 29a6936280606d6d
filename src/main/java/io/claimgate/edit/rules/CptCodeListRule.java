package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.CodeStatus;
import io.claimgate.codes.CptCodeList;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.Profile;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;

/**
 * SNIP 5: with a licensed CPT list loaded ({@code cpt*.txt} in the code-set folder; AMA licence, never shipped),
 * every CPT procedure code (HC, five digits or four digits and F/T/U) is on it and in effect on the line's date
 * of service. Without the list CPT codes are checked for form only ({@code procedure-code-form}). A7:454.
 */
public final class CptCodeListRule extends LineRule {

    private static final StatusCode PROCEDURE = StatusCode.of("A7", "454");

    private static final RuleInfo INFO = RuleInfo.rule("cpt-code-list", 5, PROCEDURE,
            "With a licensed CPT list loaded, each CPT procedure code is on it and in effect on the line's date of"
                    + " service.")
            .example("SV1*HC:99999 with a CPT list that lacks it: \"Service line 1: CPT code '99999' is not in the"
                    + " loaded CPT list.\"");

    public CptCodeListRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        CptCodeList cpt = context.codes().cpt();
        LocalDate dos = cpt == null ? null : Codes.procedureDate(line, context, Codes::isCpt, Profile.CodeList.CPT);
        if (dos == null) {
            return;
        }
        String code = line.procedure();
        CodeStatus status = cpt.statusOn(code, dos);
        if (status != CodeStatus.ACTIVE) {
            String why = switch (status) {
                case UNKNOWN -> "is not in the loaded CPT list.";
                case NOT_YET_EFFECTIVE -> "is not yet in effect on the date of service " + dos + ".";
                default -> "is no longer in effect on the date of service " + dos + ".";
            };
            findings.error(this, PROCEDURE, line.sv1(), line.number(),
                    "Service line " + line.number() + ": CPT code '" + code + "' " + why);
        }
    }
}
