package io.claimgate.edit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ClaimPrintTest {

    @Test
    void aDigestGivesThePrintItsHexGaveTheStore() throws Exception {
        // Stores and commit plans written before prints were typed hold the digest's 64 hex digits; a claim
        // printed now must be the same key, or an earlier duplicate would no longer be found.
        for (String text : new String[] {"", "a", "claim\u001f2026-10-01\u001f99213", "\u00ff".repeat(300)}) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            ClaimPrint print = ClaimPrint.ofDigest(digest);
            assertEquals(ClaimPrint.of(hex), print, text);
            assertEquals(hex.substring(0, 32), print.hex(), text);
            assertEquals(print, ClaimPrint.of(print.hex()), text);
        }
    }

    @Test
    void signedHalvesRoundTrip() {
        ClaimPrint print = new ClaimPrint(0x8000000000000001L, -1L);
        assertEquals("8000000000000001ffffffffffffffff", print.hex());
        assertEquals(print, ClaimPrint.of(print.hex()));
    }

    @Test
    void jsonCarriesThe32Digits() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ClaimPrint print = new ClaimPrint(0x0123456789abcdefL, 0x0fedcba987654321L);
        assertEquals("\"0123456789abcdef0fedcba987654321\"", json.writeValueAsString(print));
        assertEquals(print, json.readValue("\"0123456789abcdef0fedcba987654321\"", ClaimPrint.class));
        assertEquals(print, json.readValue("\"0123456789abcdef0fedcba987654321" + "ab".repeat(16) + "\"",
                ClaimPrint.class), "a plan written before: 64 digits, the first 32 count");
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClaimPrint.of("abc"));
        assertThrows(IllegalArgumentException.class, () -> ClaimPrint.of("zz".repeat(16)));
        assertThrows(IllegalArgumentException.class, () -> ClaimPrint.ofDigest(new byte[15]));
    }
}
