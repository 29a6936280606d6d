package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.MueTable;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * SNIP 7 (Medicare NCCI): the units (SV104, unit basis UN) of one procedure code on one date of service do not
 * exceed its Medically Unlikely Edit value in the MUE table in force on that date. With adjudication indicator 1
 * (line edit) each line is judged alone; with 2 or 3 (date of service edits) the units of every line of the claim
 * with that code and date are added up, and the finding goes on the last of them. A7:476 with A7:732.
 */
public final class MueUnitsRule extends ClaimRule {

    private static final StatusCode UNITS = StatusCode.of("A7", "476");
    private static final StatusCode GUIDELINES = StatusCode.of("A7", "732");

    private static final RuleInfo INFO = RuleInfo.rule("mue-units", 7, UNITS,
            "The units of one procedure code on one date of service do not exceed its Medically Unlikely Edit"
                    + " (MUE) value.")
            .statusNote("A7:476 with A7:732")
            .example("SV1*HC:G0008*60*UN*2 on 2026-01-05 (MUE 1): \"Service line 1: 2 units of G0008 on 2026-01-05 exceed"
                    + " the MUE of 1.\"");

    public MueUnitsRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        List<ServiceLine> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            LocalDate dos = Codes.lineDate(line);
            if (!counts(line) || dos == null) {
                continue;
            }
            MueTable table = context.codes().mue(dos);
            OptionalInt limit = table == null ? OptionalInt.empty() : table.limit(line.procedure());
            if (limit.isEmpty()) {
                continue;
            }
            boolean perLine = table.adjudicationIndicator(line.procedure()).orElse(0) == 1;
            if (perLine) {
                if (line.units().compareTo(BigDecimal.valueOf(limit.getAsInt())) > 0) {
                    findings.error(this, UNITS, GUIDELINES, line.sv1(), line.number(), "Service line " + line.number()
                            + ": " + line.units().toPlainString() + " units of " + line.procedure() + " on " + dos
                            + " exceed the MUE of " + limit.getAsInt() + " per line.");
                }
                continue;
            }
            if (sameCodeAndDateFollows(lines, i, dos)) {
                continue; // the group is judged at its last line
            }
            BigDecimal total = BigDecimal.ZERO;
            StringBuilder numbers = new StringBuilder();
            for (int j = 0; j <= i; j++) {
                ServiceLine other = lines.get(j);
                if (counts(other) && other.procedure().equals(line.procedure()) && dos.equals(Codes.lineDate(other))) {
                    total = total.add(other.units());
                    numbers.append(numbers.length() == 0 ? "" : ", ").append(other.number());
                }
            }
            if (total.compareTo(BigDecimal.valueOf(limit.getAsInt())) > 0) {
                boolean several = numbers.indexOf(",") >= 0;
                findings.error(this, UNITS, GUIDELINES, line.sv1(), line.number(), "Service line"
                        + (several ? "s " : " ") + numbers + ": " + total.toPlainString() + " units of "
                        + line.procedure() + " on " + dos + " exceed the MUE of " + limit.getAsInt() + ".");
            }
        }
    }

    private static boolean counts(ServiceLine line) {
        return "HC".equals(line.procedureQualifier()) && !line.procedure().isEmpty() && line.units() != null
                && "UN".equals(line.unitBasis());
    }

    private static boolean sameCodeAndDateFollows(List<ServiceLine> lines, int i, LocalDate dos) {
        ServiceLine line = lines.get(i);
        for (int j = i + 1; j < lines.size(); j++) {
            ServiceLine other = lines.get(j);
            if (counts(other) && other.procedure().equals(line.procedure()) && dos.equals(Codes.lineDate(other))) {
                return true;
            }
        }
        return false;
    }
}
