package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ProviderIdentifier;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.ClaimPrint;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.FileRule;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.x12.Segment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SNIP 7 (data-entry slip): the same claim sent twice. Same patient (subscriber and patient name, member id and
 * birth date), earliest date of service, procedure codes, billing NPI and total charge as a claim accepted earlier
 * in the same file, or in another file committed within the window (claimgate.duplicate-claim.window-days, 30 days
 * by default). Only a SHA-256 fingerprint of those values is kept (its first 128 bits, store table claim_print),
 * never the values.
 * A corrected or replacement claim (CLM05-3 7) or a void (8) is never a duplicate of the claim it replaces. A
 * warning unless the partner's profile says {@code rule.duplicate-claim = error}; then A7:54 "Duplicate of a
 * previously processed claim/line" (the 277CA's duplicate code for a claim, ../shared/reference's status table).
 */
public final class DuplicateClaimRule extends ClaimRule implements FileRule {

    public static final StatusCode DUPLICATE = StatusCode.of("A7", "54");
    private static final Set<String> REPLACES = Set.of("7", "8");

    private static final RuleInfo INFO = RuleInfo.rule("duplicate-claim", 7, DUPLICATE,
            "The claim is not a repeat of a claim accepted earlier in the same file or in another file committed"
                    + " within claimgate.duplicate-claim.window-days (30 by default): same patient (name, member id,"
                    + " birth date), earliest date of service, procedure codes, billing NPI and total charge."
                    + " Corrected and void claims (CLM05-3 7, 8) are never duplicates. Data: the processed-file store"
                    + " keeps a SHA-256 fingerprint of those values per accepted claim, never the values.")
            .severity(Severity.WARNING)
            .statusNote("a warning; A7:54 when a profile sets rule.duplicate-claim = error")
            .example("CLM*C-2 with the patient, date, codes, billing NPI and charge of C-1 earlier in the file:"
                    + " \"Same patient, date of service 2026-01-05, procedure codes 99213, billing NPI 1234567893 and"
                    + " charge 100 as claim C-1 earlier in this file.\"");

    public DuplicateClaimRule() {
        super(INFO);
    }

    /** Nothing to judge on a claim alone: duplicates are judged against earlier claims (file order). */
    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
    }

    @Override
    public FileCheck newFileCheck() {
        return newFileCheck(ClaimHistory.NONE);
    }

    @Override
    public FileCheck newFileCheck(ClaimHistory history) {
        return new DuplicateClaims(this, history);
    }

    /** True for a corrected or void claim (CLM05-3 7 or 8), which replaces an earlier one. */
    static boolean replaces(Claim claim) {
        return claim.frequency() != null && REPLACES.contains(claim.frequency().trim());
    }

    /** A finding, a warning unless the claim's profile raises the rule to an error. */
    void report(Claim claim, EditContext context, Findings findings, String message) {
        Severity severity = context.profile().raises(id()) ? Severity.ERROR : Severity.WARNING;
        findings.add(this, severity, List.of(DUPLICATE), claim.clm(), 0, message);
    }

    /** The claim's identity in words without patient data (for the message). */
    static String describe(Claim claim) {
        return "date of service " + Codes.claimDate(claim) + ", procedure codes " + String.join(" ", codes(claim))
                + ", billing NPI " + billingNpi(claim) + " and charge " + charge(claim);
    }

    /**
     * The print (the first 128 bits of the SHA-256) of the patient's identity, the earliest date of service, the
     * sorted procedure codes, the billing NPI and the total charge; null when the claim has no date of service
     * (service-date reports it).
     */
    static ClaimPrint fingerprint(Claim claim) {
        LocalDate dos = Codes.claimDate(claim);
        if (dos == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        person(claim.raw().subscriber(), "IL", b);
        person(claim.raw().patient(), "QC", b);
        b.append(dos).append('\u001f').append(String.join(",", codes(claim))).append('\u001f')
                .append(billingNpi(claim)).append('\u001f').append(charge(claim));
        try {
            return ClaimPrint.ofDigest(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void person(HierarchyLevel level, String entity, StringBuilder b) {
        if (level == null) {
            b.append('\u001f');
            return;
        }
        Segment nm1 = level.find("NM1", entity);
        Segment dmg = level.find("DMG", "D8");
        for (String v : new String[] {nm1 == null ? "" : nm1.element(3), nm1 == null ? "" : nm1.element(4),
                nm1 == null ? "" : nm1.element(9), dmg == null ? "" : dmg.element(2)}) {
            b.append(v == null ? "" : v.trim().toUpperCase(Locale.ROOT)).append('\u001e');
        }
        b.append('\u001f');
    }

    private static List<String> codes(Claim claim) {
        return claim.lines().stream().map(ServiceLine::procedure).map(c -> c == null ? "" : c).sorted().toList();
    }

    private static String billingNpi(Claim claim) {
        return claim.providers().stream().filter(p -> "85".equals(p.entity()) && p.line() == 0)
                .map(ProviderIdentifier::npi).findFirst().orElse("");
    }

    private static String charge(Claim claim) {
        BigDecimal c = claim.charge();
        return c == null ? "" : c.stripTrailingZeros().toPlainString();
    }
}
