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

    /**
     * OUT whose accepted/ folder alone cannot be written is found at start (exit 3, one line naming the folder), not
     * at the first commit (it was exit 1 and a bare pair of paths). Tests run as root in CI, where chmod does not stop
     * writes, so the folder is made unusable by a regular file in its place; the chmod case runs only as non-root.
     */
    @Test
    void outWhoseAcceptedFolderAloneIsUnusableExitsWithThreeNamingIt() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("accepted"), "a file where accepted/ should be");
        Path input = tmp.resolve("in.837");
        Files.copy(Path.of("samples/clean.837"), input);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "process", "--out", out.toString(), input.toString());
        assertEquals(3, code, err.toString());
        assertEquals("claimgate: cannot write to " + out + ": " + out.resolve("accepted")
                + " cannot be created as a folder (a file is in its place)", err.toString().strip());
        assertTrue(Files.exists(input), "the input is left where it was");
    }

    @Test
    void outWhoseAcceptedFolderIsReadOnlyExitsWithThreeNamingIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root writes into a read-only folder; the test above covers this case as root");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path accepted = Files.createDirectories(out.resolve("accepted"));
        Files.setPosixFilePermissions(accepted, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path input = tmp.resolve("in.837");
            Files.copy(Path.of("samples/clean.837"), input);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = run(err, "process", "--out", out.toString(), input.toString());
            assertEquals(3, code, err.toString());
            assertEquals("claimgate: cannot write to " + out + ": " + accepted + " is not writable",
                    err.toString().strip());
        } finally {
            Files.setPosixFilePermissions(accepted, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
