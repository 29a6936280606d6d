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
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;
import java.util.List;

/**
 * SNIP 5: every procedure modifier (SV101-3 to SV101-6) is two letters or digits and, when a HCPCS release
 * answers for the line's date (the newest effective on or before it, see {@code codes.HcpcsReleases}), a HCPCS
 * Level II modifier valid on the date or a CPT Level I modifier. A7:453 on the line.
 */
public final class ModifierCodeSetRule extends LineRule {

    private static final StatusCode MODIFIER = StatusCode.of("A7", "453");

    private static final RuleInfo INFO = RuleInfo.rule("modifier-code-set", 5, MODIFIER,
            "Each procedure modifier (SV101-3 to -6) is a CPT Level I or HCPCS Level II modifier valid on the line's"
                    + " date of service.")
            .example("SV1*HC:99213:ZZ on 2026-01-05: \"Service line 1: modifier 'ZZ' is not a valid CPT or HCPCS modifier"
                    + " on 2026-01-05.\"");

    public ModifierCodeSetRule() {
        super(INFO);
    }

    @Override
    protected void checkLine(Claim claim, ServiceLine line, EditContext context, Findings findings) {
        if (line.modifiers().isEmpty()) {
            return;
        }
        LocalDate dos = Codes.lineDate(line);
        HcpcsReleases releases = context.codes().hcpcs();
        boolean covered = dos != null && releases.coversModifiers(dos);
        for (String modifier : line.modifiers()) {
            if (modifier.isEmpty() || context.profile().allows(Profile.CodeList.MODIFIERS, modifier)) {
                continue;
            }
            if (!Codes.isModifierForm(modifier)) {
                findings.error(this, MODIFIER, line.sv1(), line.number(), "Service line " + line.number()
                        + ": modifier '" + modifier + "' is not two letters or digits.");
            } else if (covered && releases.modifierStatus(modifier, dos) != CodeStatus.ACTIVE) {
                String message = "Service line " + line.number() + ": modifier '" + modifier
                        + "' is not a valid CPT or HCPCS modifier on " + dos + why(releases, modifier, dos) + ".";
                if (context.codes().partial()) {
                    findings.add(this, Severity.WARNING, List.of(MODIFIER), line.sv1(), line.number(), message
                            + " (checked against claimgate's small built-in list only)");
                } else {
                    findings.error(this, MODIFIER, line.sv1(), line.number(), message);
                }
            }
        }
    }

    private static String why(HcpcsReleases releases, String modifier, LocalDate dos) {
        HcpcsReleases.Answer a = releases.explainModifier(modifier, dos);
        return switch (a.status()) {
            case TERMINATED -> " (terminated on " + a.through() + ")";
            case NOT_YET_EFFECTIVE -> a.codesOnly() ? " (first listed in the release effective " + a.from() + ")"
                    : " (added on " + a.from() + ")";
            default -> "";
        };
    }
}
