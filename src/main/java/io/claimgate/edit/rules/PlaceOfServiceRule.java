package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.PlaceOfServiceCodeSet;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.Profile;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import io.claimgate.x12.Segment;
import java.util.List;

/**
 * SNIP 5: the claim's place of service (CLM05-1) and any line's (SV105) is two digits and, with the CMS place of
 * service list loaded, an assigned code. A7:21 with A7:249, as in the x12.org 277CA example; the claim's on the
 * claim, a line's on the line.
 */
public final class PlaceOfServiceRule extends ClaimRule {

    private static final StatusCode INVALID = StatusCode.of("A7", "21");
    private static final StatusCode PLACE = StatusCode.of("A7", "249");

    private static final RuleInfo INFO = RuleInfo.rule("place-of-service", 5, PLACE,
            "The place of service (CLM05-1, and SV105 when sent) is an assigned CMS place of service code.")
            .statusNote("A7:21 with A7:249")
            .example("CLM*...*30:B:1: \"The claim's place of service (CLM05-1) '30' is not an assigned CMS place of service"
                    + " code.\"");

    public PlaceOfServiceRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        PlaceOfServiceCodeSet set = context.codes().placesOfService();
        check(claim.placeOfService(), set, context, findings, claim.clm(), 0, "The claim's place of service (CLM05-1)");
        for (ServiceLine line : claim.lines()) {
            if (!line.placeOfService().isEmpty()) {
                check(line.placeOfService(), set, context, findings, line.sv1(), line.number(),
                        "Service line " + line.number() + ": place of service (SV105)");
            }
        }
    }

    private void check(String code, PlaceOfServiceCodeSet set, EditContext context, Findings findings, Segment segment,
            int line, String what) {
        if (context.profile().allows(Profile.CodeList.POS, code)) {
            return;
        }
        if (code.isEmpty()) {
            findings.add(this, io.claimgate.edit.api.Severity.ERROR, List.of(StatusCode.of("A6", "249")), segment, line,
                    what + " is missing.");
        } else if (!Codes.isPlaceOfServiceForm(code)) {
            findings.error(this, INVALID, PLACE, segment, line, what + " '" + code + "' is not two digits.");
        } else if (set != null && !set.exists(code)) {
            findings.error(this, INVALID, PLACE, segment, line,
                    what + " '" + code + "' is not an assigned CMS place of service code.");
        }
    }
}
