package io.claimgate.intake;

import io.claimgate.x12.Delimiters;
import io.claimgate.x12.Segment;
import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a file's content: the SHA-256 of its bytes, and the sender (ISA05:ISA06) and control number
 * (ISA13) of its first interchange when it starts with a well-formed ISA. One sequential read of the file.
 *
 * @param sender ISA05:ISA06 (ISA06 trimmed), null when the file does not start with an ISA
 * @param controlNumber ISA13, null when the file does not start with an ISA
 */
public record ContentFingerprint(String sha256, long size, String sender, String controlNumber, Segment isa,
        Delimiters delimiters) {

    public static ContentFingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] head = new byte[Delimiters.ISA_LENGTH];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        String isaText = new String(head, 0, headLength, StandardCharsets.ISO_8859_1);
        try {
            Delimiters d = Delimiters.fromIsa(isaText);
            String[] elements = Segment.split(isaText.substring(0, Delimiters.ISA_LENGTH - 1), d.element());
            Segment isa = new Segment(elements, isaText.substring(0, Delimiters.ISA_LENGTH - 1), 1);
            return new ContentFingerprint(hash, size, isa.element(5) + ":" + isa.element(6).trim(), isa.element(13),
                    isa, d);
        } catch (X12FormatException notX12) {
            return new ContentFingerprint(hash, size, null, null, null, null);
        }
    }

    /** The first 12 hex digits, enough to tell files apart in logs. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
