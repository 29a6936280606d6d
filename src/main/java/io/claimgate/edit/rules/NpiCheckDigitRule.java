package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ProviderIdentifier;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;

/**
 * SNIP 2: every NPI on the claim (NM1 with NM108 = XX: billing, rendering, referring, facility, supervising,
 * ordering, line-level providers) is ten digits whose last digit is the Luhn check digit computed over the prefix
 * 80840 and the first nine digits (CMS NPI standard). A7:562 with the NM101 entity code, e.g. A7:562:85.
 */
public final class NpiCheckDigitRule extends ClaimRule {

    private static final StatusCode INVALID = StatusCode.of("A7", "562");

    /** True when the text is a ten-digit NPI with a correct check digit. */
    public static boolean valid(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        // The Luhn sum of the prefix 80840 is 24; then double every other digit from the right of the nine.
        int sum = 24;
        for (int i = 0; i < 9; i++) {
            char c = npi.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        char last = npi.charAt(9);
        return last >= '0' && last <= '9' && (10 - sum % 10) % 10 == last - '0';
    }

    private static final RuleInfo INFO = RuleInfo.rule("npi-check-digit", 2, INVALID,
            "Every NPI on the claim is ten digits with a valid check digit (Luhn over 80840 + the first nine).")
            .statusNote("A7:562 with the NM101 entity code, e.g. A7:562:82")
            .example("NM1*82*1*...*XX*1234567890: \"The NPI '1234567890' of the rendering provider fails the NPI check digit.\"");

    public NpiCheckDigitRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        for (ProviderIdentifier provider : claim.providers()) {
            if (!valid(provider.npi())) {
                findings.error(this, INVALID.withEntity(provider.entity()), provider.segment(), provider.line(),
                        "The NPI '" + provider.npi() + "' of the " + entityName(provider.entity())
                                + " fails the NPI check digit.");
            }
        }
    }

    static String entityName(String entity) {
        return switch (entity) {
            case "85" -> "billing provider";
            case "82" -> "rendering provider";
            case "77" -> "service facility";
            case "DN", "P3" -> "referring provider";
            case "DQ" -> "supervising provider";
            case "DK" -> "ordering provider";
            case "QB" -> "purchased service provider";
            case "87" -> "pay-to provider";
            default -> "provider (" + entity + ")";
        };
    }
}
