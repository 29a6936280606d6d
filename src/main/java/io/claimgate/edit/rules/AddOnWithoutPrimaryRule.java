package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.AddOnCodeTable;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;
import java.util.List;

/**
 * SNIP 7 (Medicare NCCI, unbundling): an add-on code is paid only with a primary procedure on the same date of
 * service. Data: the CMS NCCI add-on code edit table for practitioners ({@code AOC_V*-MCR.csv} in the
 * {@code --codesets} folder), each row effective and deleted on its own dates. Type 1 lists the only eligible
 * primaries: none of them on another line of the same date rejects the line (A7:732 with A7:454). Type 3 lists
 * primaries but lets the contractor accept others: a warning. Type 2 names none (the contractor defines them):
 * a warning when no other procedure that is not itself an add-on code is on that date. No table loaded: the rule
 * checks nothing and {@code code-set-missing} says so.
 */
public final class AddOnWithoutPrimaryRule extends ClaimRule {

    private static final StatusCode GUIDELINES = StatusCode.of("A7", "732");
    private static final StatusCode PROCEDURE = StatusCode.of("A7", "454");

    private static final RuleInfo INFO = RuleInfo.rule("add-on-without-primary", 7, GUIDELINES,
            "An add-on code is reported with an eligible primary code on another line of the same date of service."
                    + " Data: CMS NCCI add-on code edits for practitioners (AOC_V*-MCR.csv, loaded from --codesets;"
                    + " not shipped: it holds CPT codes), with each edit's effective and deletion dates. Type 1"
                    + " (listed primaries only) rejects; type 2 (primaries defined by the payer) and type 3 (listed"
                    + " primaries, others possible) warn.")
            .statusNote("A7:732 with A7:454 (type 1; types 2 and 3 warn)")
            .example("line 1 22552 alone on 2026-04-06 (type 1, primary 22551): \"Service line 1: add-on"
                    + " code 22552 on 2026-04-06 has none of its primary codes (22551) on the claim for that"
                    + " date (NCCI add-on code edit type 1).\"");

    public AddOnWithoutPrimaryRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        AddOnCodeTable table = context.codes().addOnCodes();
        if (table == null) {
            return;
        }
        List<ServiceLine> lines = claim.lines();
        for (ServiceLine line : lines) {
            LocalDate dos = Codes.lineDate(line);
            if (dos == null || !"HC".equals(line.procedureQualifier()) || line.procedure().isEmpty()) {
                continue;
            }
            List<AddOnCodeTable.Edit> edits = table.edits(line.procedure());
            int type = activeType(edits, dos);
            if (type == 0) {
                continue; // not an add-on code on that date
            }
            if (type == 2) {
                if (!anyPrimary(table, lines, line, dos)) {
                    findings.add(this, Severity.WARNING, List.of(GUIDELINES, PROCEDURE), line.sv1(), line.number(),
                            "Service line " + line.number() + ": add-on code " + line.procedure() + " on " + dos
                                    + " has no other procedure on the claim for that date (NCCI add-on code edit type"
                                    + " 2: the payer defines its primary codes).");
                }
            } else if (!listedPrimary(edits, type, lines, line, dos)) {
                String message = "Service line " + line.number() + ": add-on code " + line.procedure() + " on " + dos
                        + " has none of its primary codes (" + primaries(edits, type, dos) + ") on the claim for"
                        + " that date (NCCI add-on code edit type " + type + (type == 3
                                ? ": the payer may accept another primary)." : ").");
                if (type == 1) {
                    findings.error(this, GUIDELINES, PROCEDURE, line.sv1(), line.number(), message);
                } else {
                    findings.add(this, Severity.WARNING, List.of(GUIDELINES, PROCEDURE), line.sv1(), line.number(),
                            message);
                }
            }
        }
    }

    /** The edit type of the code's rows active on the date (1 before 3 before 2), or 0 when none is active. */
    private static int activeType(List<AddOnCodeTable.Edit> edits, LocalDate dos) {
        int type = 0;
        for (AddOnCodeTable.Edit e : edits) {
            if (e.activeOn(dos) && (type == 0 || rank(e.type()) < rank(type))) {
                type = e.type();
            }
        }
        return type;
    }

    private static int rank(int type) {
        return type == 2 ? 3 : type;
    }

    private static boolean listedPrimary(List<AddOnCodeTable.Edit> edits, int type, List<ServiceLine> lines,
            ServiceLine addOn, LocalDate dos) {
        for (ServiceLine other : lines) {
            if (other == addOn || !dos.equals(Codes.lineDate(other))) {
                continue;
            }
            for (AddOnCodeTable.Edit e : edits) {
                if (e.type() == type && e.activeOn(dos) && e.primary().equals(other.procedure())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyPrimary(AddOnCodeTable table, List<ServiceLine> lines, ServiceLine addOn,
            LocalDate dos) {
        for (ServiceLine other : lines) {
            if (other != addOn && !other.procedure().isEmpty() && dos.equals(Codes.lineDate(other))
                    && !table.isAddOn(other.procedure(), dos)) {
                return true;
            }
        }
        return false;
    }

    /** Up to five of the listed primaries, for the message ("..." when there are more). */
    private static String primaries(List<AddOnCodeTable.Edit> edits, int type, LocalDate dos) {
        StringBuilder s = new StringBuilder();
        int n = 0;
        for (AddOnCodeTable.Edit e : edits) {
            if (e.type() == type && e.activeOn(dos)) {
                if (n++ == 5) {
                    s.append(", ...");
                    break;
                }
                s.append(n == 1 ? "" : ", ").append(e.primary());
            }
        }
        return s.toString();
    }
}
