package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.math.BigDecimal;

/** SNIP 2: the service unit count (SV104) is a number greater than zero. A7:476 on the line. */
public final class ServiceUnitsRule extends LineRule {

    private static final StatusCode INVALID = StatusCode.of("A7", "476");

    private static final RuleInfo INFO = RuleInfo.rule("service-units", 2, INVALID,
            "The service unit count (SV104) is a number greater than zero.")
            .statusNote("A7:476")
            .example("SV1*HC:99213*125*UN*0: \"Service line 1: the unit count (SV104) '0' is not greater than zero.\"");

    public ServiceUnitsRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        if (line.units() == null || line.units().compareTo(BigDecimal.ZERO) <= 0) {
            findings.error(this, INVALID, line.sv1(), line.number(), "Service line " + line.number()
                    + ": the unit count (SV104) '" + line.unitsText() + "' is not greater than zero.");
        }
    }
}
