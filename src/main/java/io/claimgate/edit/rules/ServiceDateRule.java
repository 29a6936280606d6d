package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceDate;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;
import java.util.List;

/**
 * SNIP 2: every service line has a date of service (DTP*472, D8 CCYYMMDD or RD8 CCYYMMDD-CCYYMMDD) that is a real
 * calendar date (20230229 is not), with the range in order, and not in the future. An invalid date is A7:187 (the
 * x12.org 277CA example); a future date is A7:510 with A7:187 beside it, since 510 needs a companion code.
 */
public final class ServiceDateRule extends LineRule {

    private static final StatusCode DATES_OF_SERVICE = StatusCode.of("A7", "187");
    private static final StatusCode FUTURE = StatusCode.of("A7", "510");

    private static final RuleInfo INFO = RuleInfo.rule("service-date", 2, DATES_OF_SERVICE,
            "Each service line's date of service (DTP*472) is a real date or date range and not in the future.")
            .statusNote("A7:187 (A6:187 missing; A7:510 with A7:187 in the future)")
            .example("DTP*472*D8*20230229: \"Service line 1: date of service '20230229' is not a valid D8 date.\"");

    public ServiceDateRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        ServiceDate date = line.serviceDate();
        if (date == null) {
            findings.error(this, StatusCode.of("A6", "187"), line.sv1(), line.number(),
                    "Service line " + line.number() + " has no date of service (DTP*472).");
            return;
        }
        LocalDate from = date.fromDate();
        LocalDate to = date.toDate();
        boolean knownFormat = "D8".equals(date.format()) || "RD8".equals(date.format());
        if (!knownFormat || from == null || to == null || to.isBefore(from)) {
            findings.error(this, DATES_OF_SERVICE, line.serviceDateSegment(), line.number(),
                    "Service line " + line.number() + ": date of service '" + date.value()
                            + "' is not a valid " + (knownFormat ? date.format() : "D8 or RD8") + " date.");
        } else if (to.isAfter(context.today())) {
            findings.add(this, Severity.ERROR, List.of(FUTURE, DATES_OF_SERVICE), line.serviceDateSegment(),
                    line.number(), "Service line " + line.number() + ": date of service " + date.value()
                            + " is in the future.");
        }
    }
}
