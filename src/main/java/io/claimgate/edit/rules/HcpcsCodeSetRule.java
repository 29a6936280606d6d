package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.CodeStatus;
import io.claimgate.codes.HcpcsCodeSet;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.Profile;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;

/**
 * SNIP 5: every HCPCS Level II procedure code (HC, a letter and four digits) is in the CMS HCPCS release that
 * answers for the line's date of service, added on or before that date and not terminated before it (the
 * termination date is the last day the code may be billed). On the line: A7:454 with A7:507 (HCPCS).
 */
public final class HcpcsCodeSetRule extends LineRule {

    private static final StatusCode PROCEDURE = StatusCode.of("A7", "454");
    private static final StatusCode HCPCS = StatusCode.of("A7", "507");

    private static final RuleInfo INFO = RuleInfo.rule("hcpcs-code-set", 5, PROCEDURE,
            "Each HCPCS Level II procedure code exists in the CMS HCPCS file and is active on the line's date of"
                    + " service (added on or before it, not terminated before it).")
            .statusNote("A7:454 with A7:507")
            .example("SV1*HC:J7505 on 2026-01-15: \"Service line 1: HCPCS code 'J7505' was terminated on 2025-12-31,"
                    + " before the date of service 2026-01-15.\"");

    public HcpcsCodeSetRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        LocalDate dos = Codes.procedureDate(line, context, Codes::isHcpcsLevel2, Profile.CodeList.HCPCS);
        HcpcsCodeSet set = dos == null ? null : context.codes().hcpcs(dos);
        if (set == null) {
            return;
        }
        String code = line.procedure();
        CodeStatus status = set.statusOn(code, dos);
        String prefix = "Service line " + line.number() + ": HCPCS code '" + code + "' ";
        switch (status) {
            case ACTIVE -> { }
            case UNKNOWN -> findings.errorUnlessPartial(this, context.codes().partial(), PROCEDURE, HCPCS,
                    line.sv1(), line.number(), prefix + "is not in the HCPCS Level II file.");
            case NOT_YET_EFFECTIVE -> findings.error(this, PROCEDURE, HCPCS, line.sv1(), line.number(),
                    prefix + "was added on " + set.find(code).orElseThrow().added() + ", after the date of service "
                            + dos + ".");
            case TERMINATED -> findings.error(this, PROCEDURE, HCPCS, line.sv1(), line.number(),
                    prefix + "was terminated on " + set.find(code).orElseThrow().termination()
                            + ", before the date of service " + dos + ".");
            default -> throw new IllegalStateException(status.name());
        }
    }
}
