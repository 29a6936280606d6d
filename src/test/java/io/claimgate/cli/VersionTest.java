package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code claimgate -V} and {@code --version} print "claimgate VERSION", the pom's project version. */
class VersionTest {

    @Test
    void bothOptionsPrintThePomsVersion() throws Exception {
        String expected = "claimgate " + pomVersion() + System.lineSeparator();
        for (String option : new String[] {"-V", "--version"}) {
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new ClaimgateCommand()).setOut(new PrintWriter(out));
            assertEquals(0, cli.execute(option));
            assertEquals(expected, out.toString(), option);
        }
    }

    /** The project's own version: the first {@code <version>} after its {@code <artifactId>claimgate}. */
    static String pomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>claimgate</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        if (!m.find()) {
            throw new AssertionError("pom.xml has no claimgate version");
        }
        return m.group(1);
    }
}
