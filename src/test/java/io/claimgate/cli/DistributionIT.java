package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it (issue 10, item 6): target/claimgate-VERSION.tar.gz, built by
 * {@code mvn package} (failsafe runs after it in {@code verify}), unpacked elsewhere and run through bin/claimgate.
 */
class DistributionIT {

    @TempDir
    Path tmp;

    record Run(int exit, String stdout, String stderr) {
    }

    @Test
    void theUnpackedArchivePrintsItsVersionAndProcessesTheSamples() throws Exception {
        String version = VersionTest.pomVersion();
        Path archive = Path.of("target", "claimgate-" + version + ".tar.gz");
        assumeTrue(Files.isRegularFile(archive), "no " + archive + " (run mvn package first)");
        assertEquals(0, new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", tmp.toString())
                .inheritIO().start().waitFor());
        Path home = tmp.resolve("claimgate-" + version);
        Path launcher = home.resolve("bin/claimgate");
        assertTrue(Files.isExecutable(launcher));

        assertEquals(new Run(0, "claimgate " + version + "\n", ""), run(launcher, "-V"));

        Path out = tmp.resolve("out");
        Run run = run(launcher, "process", "--keep-input", "--out", out.toString(),
                Path.of("samples/clean.837").toAbsolutePath().toString(),
                Path.of("samples/mixed.837").toAbsolutePath().toString());
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stdout().contains("clean.837: 3 claims, 3 accepted, 0 rejected"), run.stdout());
        assertTrue(run.stdout().contains("mixed.837: 10 claims, 2 accepted, 8 rejected"), run.stdout());
        assertEquals(List.of("accepted/clean.837", "accepted/mixed.837", "acks/clean.277", "acks/clean.999",
                "acks/mixed.277", "acks/mixed.999", "archive/clean.837", "archive/mixed.837", "rejected/mixed.json",
                "reports/clean.html", "reports/clean.json", "reports/mixed.html", "reports/mixed.json"), outputs(out));
        // the standard delimiters' parser came precompiled in the jar: nothing was compiled or cached
        assertFalse(run.stderr().contains("service-line schema"), run.stderr());
        assertFalse(Files.exists(out.resolve(".claimgate/dfdl-cache")));
    }

    private static List<String> outputs(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".")).sorted().toList();
        }
    }

    private Run run(Path launcher, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path stdout = tmp.resolve("stdout");
        Path stderr = tmp.resolve("stderr");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "claimgate " + String.join(" ", args) + " finished");
        return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
