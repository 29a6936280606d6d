package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.NcciPtpTable;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * SNIP 7 (Medicare NCCI): two lines of the claim with the same date of service whose codes form a
 * procedure-to-procedure pair active on that date are rejected, on the column 2 line, unless the edit's modifier
 * indicator is 1 and either line carries an NCCI-associated modifier (CMS NCCI Policy Manual ch. I: anatomic
 * E1-E4, FA, F1-F9, LC, LD, LM, LT, RC, RI, RT, TA, T1-T9; global surgery 24, 25, 57, 58, 78, 79; other 27, 59,
 * 91, XE, XP, XS, XU). Indicator 0 allows no bypass; 9 means the edit does not apply. A7:732 with A7:454.
 */
public final class NcciPtpRule extends ClaimRule {

    static final Set<String> BYPASS_MODIFIERS = Set.of("E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5",
            "F6", "F7", "F8", "F9", "LC", "LD", "LM", "LT", "RC", "RI", "RT", "TA", "T1", "T2", "T3", "T4", "T5", "T6",
            "T7", "T8", "T9", "24", "25", "27", "57", "58", "59", "78", "79", "91", "XE", "XP", "XS", "XU");
    private static final StatusCode GUIDELINES = StatusCode.of("A7", "732");
    private static final StatusCode PROCEDURE = StatusCode.of("A7", "454");

    private static final RuleInfo INFO = RuleInfo.rule("ncci-ptp", 7, GUIDELINES,
            "No two lines with the same date of service form an active NCCI procedure-to-procedure pair, unless"
                    + " the edit allows a modifier bypass and an NCCI-associated modifier (59, XE, XP, XS, XU, ...) is"
                    + " present.")
            .statusNote("A7:732 with A7:454")
            .example("lines 99213 and 99211 on 2026-01-05 (PTP edit, indicator 0): \"Service lines 1 and 2: 99211 is not"
                    + " payable with 99213 on the same date (NCCI procedure-to-procedure edit, modifier indicator 0: no"
                    + " modifier bypasses it).\"");

    public NcciPtpRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        NcciPtpTable table = context.codes().ptp();
        List<ServiceLine> lines = claim.lines();
        if (table == null || lines.size() < 2) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine a = lines.get(i);
            LocalDate dos = Codes.lineDate(a);
            if (dos == null || a.procedure().isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                ServiceLine b = lines.get(j);
                if (b.procedure().isEmpty() || b.procedure().equals(a.procedure()) || !dos.equals(Codes.lineDate(b))) {
                    continue;
                }
                NcciPtpTable.Edit edit = table.edit(a.procedure(), b.procedure(), dos).orElse(null);
                ServiceLine column1 = a;
                ServiceLine column2 = b;
                if (edit == null) {
                    edit = table.edit(b.procedure(), a.procedure(), dos).orElse(null);
                    column1 = b;
                    column2 = a;
                }
                if (edit == null || edit.modifierIndicator() == '9') {
                    continue;
                }
                if (edit.modifierAllowed() && (bypassed(a) || bypassed(b))) {
                    continue;
                }
                String why = edit.modifierAllowed()
                        ? "modifier indicator 1: add an NCCI-associated modifier such as 59 or XU only if the services"
                                + " were distinct"
                        : "modifier indicator 0: no modifier bypasses it";
                findings.error(this, GUIDELINES, PROCEDURE, column2.sv1(), column2.number(), "Service lines "
                        + Math.min(a.number(), b.number()) + " and " + Math.max(a.number(), b.number()) + ": "
                        + column2.procedure() + " is not payable with " + column1.procedure() + " on the same date "
                        + dos + " (NCCI procedure-to-procedure edit, " + why + ").");
            }
        }
    }

    private static boolean bypassed(ServiceLine line) {
        for (String m : line.modifiers()) {
            if (BYPASS_MODIFIERS.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
