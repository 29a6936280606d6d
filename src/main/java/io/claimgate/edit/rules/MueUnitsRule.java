package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.MueTable;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.LineRule;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * SNIP 7 (Medicare NCCI): the units (SV104, unit basis UN) of a procedure code whose MUE adjudication indicator is
 * 1 (line edit) do not exceed its Medically Unlikely Edit value on any one line, in the MUE table in force on the
 * line's date. Codes with indicator 2 or 3 (date of service edits) are added up by {@code mue-date-of-service}.
 * A7:476 with A7:732.
 */
public final class MueUnitsRule extends LineRule {

    static final StatusCode UNITS = StatusCode.of("A7", "476");
    static final StatusCode GUIDELINES = StatusCode.of("A7", "732");

    private static final RuleInfo INFO = RuleInfo.rule("mue-units", 7, UNITS,
            "The units on one line of a procedure code with MUE adjudication indicator 1 (line edit) do not exceed"
                    + " its Medically Unlikely Edit (MUE) value. Data: CMS NCCI MUE practitioner table (*MUE*.csv).")
            .statusNote("A7:476 with A7:732")
            .example("SV1*HC:99213*60*UN*2 on 2026-01-05 (MUE 1, indicator 1): \"Service line 1: 2 units of 99213 on"
                    + " 2026-01-05 exceed the MUE of 1 per line.\"");

    public MueUnitsRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        LocalDate dos = Codes.lineDate(line);
        if (!counts(line) || dos == null) {
            return;
        }
        MueTable table = context.codes().mue(dos);
        OptionalInt limit = table == null ? OptionalInt.empty() : table.limit(line.procedure());
        if (limit.isEmpty() || table.adjudicationIndicator(line.procedure()).orElse(0) != 1) {
            return;
        }
        if (line.units().compareTo(BigDecimal.valueOf(limit.getAsInt())) > 0) {
            findings.error(this, UNITS, GUIDELINES, line.sv1(), line.number(), "Service line " + line.number()
                    + ": " + line.units().toPlainString() + " units of " + line.procedure() + " on " + dos
                    + " exceed the MUE of " + limit.getAsInt() + " per line.");
        }
    }

    /** A line whose units count for MUE: an HC code with units of basis UN. */
    static boolean counts(ServiceLine line) {
        return "HC".equals(line.procedureQualifier()) && !line.procedure().isEmpty() && line.units() != null
                && "UN".equals(line.unitBasis());
    }
}
