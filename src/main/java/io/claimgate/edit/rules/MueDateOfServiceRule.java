package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.MueTable;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.FileRule;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SNIP 7 (Medicare NCCI, unbundling of units): for procedure codes whose MUE adjudication indicator is 2 (date of
 * service edit: policy) or 3 (clinical), the units of every line of the claim with that code and date are added up
 * and checked against the MUE value; the finding goes on the last of those lines. Across claims: the units the
 * accepted claims before it in the same file reported for the same patient, provider, code and date are added too
 * ({@link MueFileTally}; the per-claim part runs first, so a claim over the limit alone is judged here, not there).
 * A7:476 with A7:732.
 */
public final class MueDateOfServiceRule extends ClaimRule implements FileRule {

    private static final RuleInfo INFO = RuleInfo.rule("mue-date-of-service", 7, MueUnitsRule.UNITS,
            "For codes with MUE adjudication indicator 2 or 3 (date of service edits), the units of the code on one"
                    + " date of service, added up over the claim's lines and over the earlier accepted claims of the"
                    + " same patient and provider in the same file, do not exceed its MUE value. Data: CMS NCCI MUE"
                    + " practitioner table (*MUE*.csv).")
            .statusNote("A7:476 with A7:732")
            .example("lines 1 and 2 G0008 with 1 unit each on 2026-01-05 (MUE 1, indicator 2): \"Service lines 1, 2:"
                    + " 2 units of G0008 on 2026-01-05 exceed the MUE of 1.\"");

    /** One code on one date of a claim: its last line, the units of all its lines, their numbers, the MUE. */
    record Group(ServiceLine last, LocalDate dos, BigDecimal units, String numbers, int limit) {
    }

    public MueDateOfServiceRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        for (Group g : groups(claim, context)) {
            if (g.units().compareTo(BigDecimal.valueOf(g.limit())) > 0) {
                boolean several = g.numbers().indexOf(',') >= 0;
                findings.error(this, MueUnitsRule.UNITS, MueUnitsRule.GUIDELINES, g.last().sv1(), g.last().number(),
                        "Service line" + (several ? "s " : " ") + g.numbers() + ": " + g.units().toPlainString()
                                + " units of " + g.last().procedure() + " on " + g.dos() + " exceed the MUE of "
                                + g.limit() + ".");
            }
        }
    }

    @Override
    public FileCheck newFileCheck() {
        return new MueFileTally(this);
    }

    /** The claim's code-and-date groups of codes with a date of service MUE (indicator 2 or 3), in line order. */
    static List<Group> groups(Claim claim, EditContext context) {
        List<ServiceLine> lines = claim.lines();
        List<Group> groups = new ArrayList<>(0);
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            LocalDate dos = Codes.lineDate(line);
            if (!MueUnitsRule.counts(line) || dos == null || sameCodeAndDateFollows(lines, i, dos)) {
                continue; // a group is judged at its last line
            }
            MueTable table = context.codes().mue(dos);
            if (table == null || table.limit(line.procedure()).isEmpty()
                    || table.adjudicationIndicator(line.procedure()).orElse(0) < 2) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            StringBuilder numbers = new StringBuilder();
            for (int j = 0; j <= i; j++) {
                ServiceLine other = lines.get(j);
                if (same(other, line, dos)) {
                    total = total.add(other.units());
                    numbers.append(numbers.length() == 0 ? "" : ", ").append(other.number());
                }
            }
            groups.add(new Group(line, dos, total, numbers.toString(), table.limit(line.procedure()).getAsInt()));
        }
        return groups;
    }

    private static boolean same(ServiceLine other, ServiceLine line, LocalDate dos) {
        return MueUnitsRule.counts(other) && other.procedure().equals(line.procedure())
                && dos.equals(Codes.lineDate(other));
    }

    private static boolean sameCodeAndDateFollows(List<ServiceLine> lines, int i, LocalDate dos) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (same(lines.get(j), lines.get(i), dos)) {
                return true;
            }
        }
        return false;
    }
}
