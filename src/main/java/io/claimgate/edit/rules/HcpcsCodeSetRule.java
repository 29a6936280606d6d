package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.CodeStatus;
import io.claimgate.codes.HcpcsReleases;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.Profile;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;

/**
 * SNIP 5: every HCPCS Level II procedure code (HC, a letter and four digits) is known to the loaded HCPCS releases
 * on the line's date of service, added on or before that date and not terminated before it (the termination date
 * is the last day the code may be billed). The newest release effective on or before the date answers, however
 * long ago (see {@code codes.HcpcsReleases}); a code no loaded release knows is rejected. On the line: A7:454 with
 * A7:507 (HCPCS).
 */
public final class HcpcsCodeSetRule extends LineRule {

    private static final StatusCode PROCEDURE = StatusCode.of("A7", "454");
    private static final StatusCode HCPCS = StatusCode.of("A7", "507");

    private static final RuleInfo INFO = RuleInfo.rule("hcpcs-code-set", 5, PROCEDURE,
            "Each HCPCS Level II procedure code is in a loaded CMS HCPCS release and active on the line's date of"
                    + " service (added on or before it, not terminated before it); the newest release effective on or"
                    + " before the date answers for every later date.")
            .statusNote("A7:454 with A7:507")
            .example("SV1*HC:J7505 on 2026-01-15: \"Service line 1: HCPCS code 'J7505' was terminated on 2025-12-31,"
                    + " before the date of service 2026-01-15.\"");

    public HcpcsCodeSetRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        LocalDate dos = Codes.procedureDate(line, context, Codes::isHcpcsLevel2, Profile.CodeList.HCPCS);
        HcpcsReleases releases = context.codes().hcpcs();
        if (dos == null || !releases.coversCodes(dos)) {
            return;
        }
        String code = line.procedure();
        CodeStatus status = releases.codeStatus(code, dos);
        if (status == CodeStatus.ACTIVE) {
            return;
        }
        HcpcsReleases.Answer why = releases.explainCode(code, dos);
        String prefix = "Service line " + line.number() + ": HCPCS code '" + code + "' ";
        switch (status) {
            case UNKNOWN -> findings.errorUnlessPartial(this, context.codes().partial(), PROCEDURE, HCPCS,
                    line.sv1(), line.number(), prefix + "is not in any loaded HCPCS Level II release.");
            case NOT_YET_EFFECTIVE -> findings.error(this, PROCEDURE, HCPCS, line.sv1(), line.number(),
                    prefix + (why.codesOnly() ? "is first listed in the release effective " + why.from()
                            : "was added on " + why.from()) + ", after the date of service " + dos + ".");
            case TERMINATED -> findings.error(this, PROCEDURE, HCPCS, line.sv1(), line.number(),
                    prefix + "was terminated on " + why.through() + ", before the date of service " + dos + ".");
            default -> throw new IllegalStateException(status.name());
        }
    }
}
