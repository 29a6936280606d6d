package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code replay} names in "ack" an acknowledgment that exists: the TA1 for a file a TA1 alone answers. */
class ReplayAckTest {

    @TempDir
    Path tmp;

    @Test
    void aFileAnsweredOnlyByATa1NamesTheTa1() throws Exception {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new ClaimgateCommand()).execute("replay", "--threads", "1", "--out",
                    out.toString(), "samples/envelope-error.837", "samples/clean.837");
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
        assertEquals(0, code, stdout.toString(StandardCharsets.UTF_8));
        var answers = new ObjectMapper().readerFor(JsonNode.class).readValues(stdout.toString(StandardCharsets.UTF_8));
        JsonNode ta1Only = (JsonNode) answers.next();
        assertEquals("envelope-error.837", ta1Only.get("file").asText());
        assertTrue(ta1Only.get("ack").asText().endsWith("acks/envelope-error.ta1"), ta1Only.toString());
        assertTrue(Files.exists(out.resolve("acks/envelope-error.ta1")));
        assertTrue(Files.notExists(out.resolve("acks/envelope-error.277")));
        JsonNode clean = (JsonNode) answers.next();
        assertTrue(clean.get("ack").asText().endsWith("acks/clean.277"), clean.toString());
        assertFalse(answers.hasNext(), "stdout holds the two JSON answers and nothing else (jq reads it whole)");
        String table = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("claimgate replay: 2 file(s)"), table);
    }
}
