package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.edit.Test837;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * duplicate-claim through {@code process} (issue 13): a claim accepted in one file and sent again in another file
 * (other bytes, another ISA13) is found through the store's claim_fingerprint table: a warning by default, a
 * rejection with A7:54 in the 277CA when the partner's profile says {@code rule.duplicate-claim = error}.
 */
class DuplicateClaimProcessIT {

    @TempDir
    Path tmp;

    static String file(String isa13, String claimId) {
        return Test837.file("CLINIC01", Test837.claim(claimId).dx("ABK:J069").line("HC:99213", "1", "20261105"))
                .replace("000000301", isa13);
    }

    @Test
    void aClaimSentAgainInAnotherFileIsAWarningOrARejectionByProfile() throws Exception {
        Path out = tmp.resolve("out");
        JsonNode first = EmMixProcessIT.process(tmp, out, "first", file("000000401", "C-1"));
        assertEquals(0, first.get("totals").get("findings").asInt(), first.toString());

        JsonNode again = EmMixProcessIT.process(tmp, out, "again", file("000000402", "C-2"));
        JsonNode finding = again.get("claims").get(0).get("findings").get(0);
        assertEquals("duplicate-claim", finding.get("rule").asText());
        assertEquals("warning", finding.get("severity").asText());
        assertEquals("accepted", again.get("claims").get(0).get("status").asText());
        assertTrue(finding.get("message").asText().contains("as a claim accepted in a file committed on "),
                finding.toString());

        Path profiles = Files.createDirectories(tmp.resolve("profiles"));
        Files.writeString(profiles.resolve("CLINIC01.properties"), "rule.duplicate-claim = error\n");
        JsonNode strict = EmMixProcessIT.process(tmp, out, "strict", file("000000403", "C-3"), "--profiles",
                profiles.toString());
        assertEquals("rejected", strict.get("claims").get(0).get("status").asText());
        assertEquals("A7:54", strict.get("claims").get(0).get("findings").get(0).get("stc").asText());
        assertTrue(Files.readString(out.resolve("acks/strict.277")).contains("STC*A7:54"), "in the 277CA");
    }
}
