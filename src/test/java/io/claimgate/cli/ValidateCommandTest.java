package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.FileOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The exit codes of {@code validate}: 0 all accepted, 1 a rejection (claim, TA1 or 999), 2 unreadable input. */
class ValidateCommandTest {

    @TempDir
    Path tmp;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int validate(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "validate";
            System.arraycopy(args, 0, all, 1, args.length);
            return new CommandLine(new ClaimgateCommand()).execute(all);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private List<String> printed() {
        return stdout.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everyClaimAcceptedExitsWithZero() {
        Path out = tmp.resolve("out");
        assertEquals(0, validate("--threads", "1", "--out", out.toString(), "samples/clean.837"), stderr.toString());
        assertEquals("clean.837: 3 claims, 3 accepted, 0 rejected (outputs clean)", printed().get(0));
        assertTrue(Files.exists(out.resolve("acks/clean.277")));
        assertTrue(Files.exists(out.resolve("accepted/clean.837")));
        assertFalse(Files.exists(out.resolve(".work")), "no work folder left");
    }

    @Test
    void anInterchangeTheTa1RejectsExitsWithOneThoughNoClaimWasRejected() {
        Path out = tmp.resolve("out");
        assertEquals(1, validate("--out", out.toString(), "samples/envelope-error.837"), stderr.toString());
        assertTrue(printed().get(0).startsWith("envelope-error.837: 0 claims, 0 accepted, 0 rejected"
                + " (outputs envelope-error); TA1 001 rejected interchange 000000206"), printed().toString());
        assertTrue(Files.exists(out.resolve("acks/envelope-error.ta1")));
    }

    @Test
    void aFileThatIsNotX12ExitsWithTwoAndLeavesNoOutputs() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(2, validate("--out", out.toString(), "samples/not-x12.txt"), stderr.toString());
        assertEquals("not-x12.txt: not processed: the file does not start with an ISA interchange header",
                printed().get(0));
        try (var reports = Files.list(out.resolve("reports"))) {
            assertEquals(0, reports.count());
        }
        assertFalse(Files.exists(out.resolve("error")));
    }

    @Test
    void aMissingFileExitsWithTwoAndOneLineBeforeAnythingIsWritten() {
        Path out = tmp.resolve("out");
        assertEquals(2, validate("--out", out.toString(), "samples/clean.837", tmp.resolve("nope.837").toString()));
        assertEquals("claimgate: cannot read " + tmp.resolve("nope.837") + ": no such file",
                stderr.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutOutTheReportsGoToANewTemporaryFolderWhosePathIsPrinted() throws Exception {
        assertEquals(2, validate("samples/not-x12.txt"));
        String last = printed().get(printed().size() - 1);
        assertTrue(last.startsWith("outputs in "), printed().toString());
        Path dir = Path.of(last.substring("outputs in ".length()));
        assertTrue(Files.isDirectory(dir.resolve("reports")), dir.toString());
        assertTrue(dir.getFileName().toString().startsWith("claimgate-validate-"), dir.toString());
    }

    @Test
    void theWorstFileDecidesTheExitCode() {
        FileOutcome accepted = new FileOutcome("a.837", "a", true, 3, 3, 0, "");
        FileOutcome rejected = new FileOutcome("b.837", "b", true, 3, 2, 1, "");
        FileOutcome set999 = new FileOutcome("c.837", "c", true, 0, 0, 0, "999 rejected 1 of 1 transaction set(s)",
                true);
        FileOutcome trailing = new FileOutcome("d.837", "d", true, 3, 3, 0,
                "12 characters of text after the last IEA");
        FileOutcome notX12 = new FileOutcome("e.txt", "e", false, 0, 0, 0, "the file is empty (0 bytes)");
        assertEquals(0, ValidateCommand.exitCode(accepted));
        assertEquals(1, ValidateCommand.exitCode(rejected));
        assertEquals(1, ValidateCommand.exitCode(set999));
        assertEquals(0, ValidateCommand.exitCode(trailing));
        assertEquals(2, ValidateCommand.exitCode(notX12));
    }
}
