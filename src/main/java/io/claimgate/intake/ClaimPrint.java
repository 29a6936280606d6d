package io.claimgate.intake;

import java.util.Comparator;
import java.util.HexFormat;

/**
 * A claim's duplicate-claim fingerprint as the store keeps it: the first 128 bits of its SHA-256, as two longs
 * ({@link ClaimPrintMigration} says why).
 *
 * @param high bits 0-63 of the fingerprint
 * @param low bits 64-127
 */
record ClaimPrint(long high, long low) {

    /** The order of the store's index on (print_high, print_low): BIGINTs, signed. */
    static final Comparator<ClaimPrint> ORDER = Comparator.comparingLong(ClaimPrint::high)
            .thenComparingLong(ClaimPrint::low);

    /** The key of a fingerprint in hex, as edit.rules.DuplicateClaimRule makes it (64 hex digits). */
    static ClaimPrint of(String hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a claim fingerprint is 64 hex digits, not " + hex.length());
        }
        return new ClaimPrint(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }
}
