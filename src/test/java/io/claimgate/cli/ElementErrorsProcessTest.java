package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.X12File;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import io.claimgate.x12.Segment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An element error found by the SNIP 2 element checks reaches the 999 (IK3 with the loop, CTX*CLM01, IK4 with the
 * code and the bad value), and the claims of the set it rejects are not forwarded.
 */
class ElementErrorsProcessTest {

    @TempDir
    Path tmp;

    @Test
    void anInvalidProductQualifierRejectsTheSetIn999AndNothingIsForwarded() throws Exception {
        String clean = Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1);
        assertTrue(clean.contains("SV1*HC:99213*125"));
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("bad-qualifier.837"), clean.replace("SV1*HC:99213*125", "SV1*XX:90834*125"),
                StandardCharsets.ISO_8859_1);
        Path out = tmp.resolve("out");
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, 1, RunSettings.oneShot())) {
            runtime.processor().process(inbox.resolve("bad-qualifier.837"), false);
        }
        X12File ack = X12File.read(out.resolve("acks/bad-qualifier.999"));
        List<String> detail = ack.segments().stream().filter(s -> s.is("IK3") || s.is("CTX") || s.is("IK4")
                || s.is("IK5")).map(s -> String.join("*", s.elements()).replace(ack.component(), ':')).toList();
        assertEquals(List.of("IK3*SV1*25*2400*8", "CTX*CLM01:CLEAN-1001", "IK4*1:1*235*7*XX", "IK5*R*5"), detail);
        assertFalse(Files.exists(out.resolve("accepted/bad-qualifier.837")), "no claim of the rejected set forwarded");
        JsonNode report = new ObjectMapper().readTree(out.resolve("reports/bad-qualifier.json").toFile());
        for (JsonNode claim : report.get("claims")) {
            assertEquals("rejected", claim.get("status").asText(), claim.get("id").asText());
            assertEquals("transaction-set-rejected", claim.get("findings").get(0).get("rule").asText());
        }
        assertEquals(3, report.get("claims").size());
        Path ca = out.resolve("acks/bad-qualifier.277");
        List<Segment> trn = Files.exists(ca) ? X12File.read(ca).all("TRN") : List.of();
        assertTrue(trn.stream().noneMatch(s -> s.element(2).startsWith("CLEAN-")), "the 277CA names no claim of it");
    }
}
