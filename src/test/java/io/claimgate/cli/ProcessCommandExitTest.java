package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The operational failures of {@code process}: a non-zero exit and a one-line reason on stderr. */
class ProcessCommandExitTest {

    @TempDir
    Path tmp;

    private int run(ByteArrayOutputStream err, String... args) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            return new CommandLine(new ClaimgateCommand()).execute(args);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void missingInputExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "process", "--out", tmp.resolve("out").toString(), tmp.resolve("nope.837").toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("claimgate: input not found:"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void unwritableOutputExitsWithThree() throws Exception {
        Path file = tmp.resolve("blocker");
        Files.writeString(file, "a file where the output folder should be");
        Path input = tmp.resolve("in.837");
        Files.copy(Path.of("samples/clean.837"), input);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "process", "--out", file.resolve("out").toString(), input.toString());
        assertEquals(3, code);
        assertTrue(err.toString().startsWith("claimgate: cannot write to"), err.toString());
        assertTrue(Files.exists(input), "the input is left where it was");
    }
}
