package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate} on samples/mixed.837: exit 1 (8 of its 10 claims are rejected), the input's bytes and date
 * unchanged and nothing beside it, the acknowledgments and reports in the chosen folder, and no store, archive,
 * control-number file or work folder there.
 */
class ValidateIT {

    @TempDir
    Path tmp;

    @Test
    void validateLeavesTheInputAndTheStoreAloneAndWritesEveryReport() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path input = Files.copy(Path.of("samples/mixed.837"), in.resolve("mixed.837"));
        FileTime mtime = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(input, mtime);
        byte[] bytes = Files.readAllBytes(input);
        Path out = tmp.resolve("checked");

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new ClaimgateCommand()).execute("validate", "--threads", "1", "--out",
                    out.toString(), input.toString());
        } finally {
            System.setOut(old);
        }
        String printed = stdout.toString(StandardCharsets.UTF_8);

        assertEquals(1, code, printed);
        assertArrayEquals(bytes, Files.readAllBytes(input));
        assertEquals(mtime, Files.getLastModifiedTime(input));
        assertEquals(Set.of("mixed.837"), names(in), "nothing written beside the input");
        assertEquals(Set.of("accepted", "acks", "rejected", "reports"), names(out),
                "no .claimgate (store, control numbers), archive/, error/, duplicates/ or .work/");
        assertEquals(Set.of("mixed.277", "mixed.999"), names(out.resolve("acks")));
        assertEquals(Set.of("mixed.html", "mixed.json"), names(out.resolve("reports")));
        assertEquals(Set.of("mixed.837"), names(out.resolve("accepted")));

        JsonNode report = new ObjectMapper().readTree(out.resolve("reports/mixed.json").toFile());
        assertEquals("validate", report.get("intake").asText());
        List<String> rejected = new ArrayList<>();
        for (JsonNode claim : new ObjectMapper().readTree(out.resolve("rejected/mixed.json").toFile())
                .get("claims")) {
            rejected.add(claim.get("id").asText());
        }
        assertEquals(List.of("MIX-2002", "MIX-2003", "MIX-2004", "MIX-2005", "MIX-2006", "MIX-2007", "MIX-2008",
                "MIX-2009"), rejected);
        String html = Files.readString(out.resolve("reports/mixed.html"));
        rejected.forEach(id -> assertTrue(html.contains(id), id + " on the HTML page"));
        assertTrue(printed.startsWith("mixed.837: 10 claims, 2 accepted, 8 rejected (outputs mixed)\n"), printed);
        assertTrue(printed.endsWith("outputs in " + out.toAbsolutePath() + "\n"), printed);
        assertFalse(printed.contains("archive"), printed);
    }

    private static Set<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(
                    TreeSet::new));
        }
    }
}
