package io.claimgate.edit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * A claim's duplicate-claim fingerprint: the first 128 bits of the SHA-256 of what makes two claims the same
 * (edit.rules.DuplicateClaimRule), as two longs, the way the store keeps it (intake.ClaimPrintMigration says why).
 * Two numbers, not 64 hex characters: a file keeps one per accepted claim until its commit (with the claim id about
 * 130 bytes a claim, against 220 as a string), and the store, its filter and the look-ups use the same two numbers,
 * so nothing formats or parses hex between them. Commit plans carry the 32 hex digits.
 *
 * @param high bits 0-63 of the fingerprint
 * @param low bits 64-127
 */
public record ClaimPrint(long high, long low) {

    /** The order of the store's index on (print_high, print_low): BIGINTs, signed. */
    public static final Comparator<ClaimPrint> ORDER = Comparator.comparingLong(ClaimPrint::high)
            .thenComparingLong(ClaimPrint::low);

    /** The print of a SHA-256 digest: its first 16 bytes, big-endian. */
    public static ClaimPrint ofDigest(byte[] sha256) {
        if (sha256.length < 16) {
            throw new IllegalArgumentException("a claim fingerprint needs 16 bytes of digest, not " + sha256.length);
        }
        return new ClaimPrint(bigEndian(sha256, 0), bigEndian(sha256, 8));
    }

    /**
     * A print written in hex: its 32 digits, or the 64 of a whole SHA-256 as commit plans and the V3 store wrote
     * them (only the first 32 count).
     */
    @JsonCreator
    public static ClaimPrint of(String hex) {
        if (hex.length() != 32 && hex.length() != 64) {
            throw new IllegalArgumentException("a claim fingerprint is 32 or 64 hex digits, not " + hex.length());
        }
        return new ClaimPrint(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }

    /** The 32 hex digits, as the commit plan carries the print. */
    @JsonValue
    public String hex() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    private static long bigEndian(byte[] b, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }
}
