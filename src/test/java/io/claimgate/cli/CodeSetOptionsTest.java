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

/** {@code --codesets} and {@code --profiles} that cannot be used stop {@code process} with exit code 2. */
class CodeSetOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void missingCodeSetFolderExitsWithTwo() throws Exception {
        String err = run(2, "--codesets", tmp.resolve("nope").toString());
        assertTrue(err.contains("claimgate: code-set folder not found:"), err);
    }

    @Test
    void profileWithAnUnknownRuleExitsWithTwoNamingIt() throws Exception {
        Path profiles = Files.createDirectories(tmp.resolve("profiles"));
        Files.writeString(profiles.resolve("CLINIC01.properties"), "rule.no-such-rule = off\n");
        String err = run(2, "--profiles", profiles.toString());
        assertTrue(err.contains("profile CLINIC01: unknown rule 'no-such-rule'"), err);
    }

    private String run(int expected, String option, String value) throws Exception {
        Path input = tmp.resolve("in.837");
        Files.copy(Path.of("samples/clean.837"), input);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true));
        int code;
        try {
            code = new CommandLine(new ClaimgateCommand()).execute("process", option, value, "--out",
                    tmp.resolve("out").toString(), input.toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(expected, code, err.toString());
        assertTrue(Files.exists(input), "the input is left where it was");
        return err.toString();
    }
}
