package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
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
        Path launcher = unpack();

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

    /**
     * bin/claimgate's class-data-sharing archive: made by the first {@code process} in cds/ beside lib/, used by the
     * next runs (the classes come from it), and never in the way: a damaged archive, or one made for other jars, gives
     * the same results and not a word more on stdout or stderr.
     */
    @Test
    void theLauncherMakesItsClassArchiveOnceUsesItAndFallsBackQuietlyWhenItIsStaleOrDamaged() throws Exception {
        Path launcher = unpack();
        Path cds = launcher.getParent().resolveSibling("cds");
        String clean = Path.of("samples/clean.837").toAbsolutePath().toString();
        String expected = "clean.837: 3 claims, 3 accepted, 0 rejected (outputs clean)";

        assertEquals(new Run(0, "claimgate " + VersionTest.pomVersion() + "\n", ""), run(launcher, "-V"));
        assertEquals(List.of(), archives(cds), "-V makes no archive");
        Run training = run(launcher, "process", "--keep-input", "--out", tmp.resolve("out1").toString(), clean);
        assertEquals(0, training.exit(), training.stderr());
        assertTrue(training.stdout().startsWith(expected + "\n"), training.stdout());
        List<String> made = archives(cds);
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).matches("claimgate-[0-9]+\\.jsa"), made.toString()); // no temporary file left

        Path classLog = tmp.resolve("classes.log");
        Run shared = run(launcher, Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "process",
                "--keep-input", "--out", tmp.resolve("out2").toString(), clean);
        assertEquals(training.stdout().replace("out1", "out2"), shared.stdout());
        assertTrue(Files.readString(classLog).contains("io.claimgate.route.ClaimgateRuntime source: shared objects"
                + " file (top)"), "ClaimgateRuntime came from the archive");
        assertEquals(List.of(), jvmLines(shared.stderr()));

        // damaged: same name, not an archive; serve-like commands run without it, a one-shot run makes it again
        Files.writeString(cds.resolve(made.get(0)), "not a class-data archive");
        assertEquals(new Run(0, "claimgate " + VersionTest.pomVersion() + "\n", ""), run(launcher, "-V"));
        Run damaged = run(launcher, "process", "--keep-input", "--out", tmp.resolve("out3").toString(), clean);
        assertEquals(training.stdout().replace("out1", "out3"), damaged.stdout());
        assertEquals(List.of(), jvmLines(damaged.stderr()));
        assertEquals(made, archives(cds));
        assertTrue(Files.size(cds.resolve(made.get(0))) > 1_000_000, "made again");
        // made by another JVM build under the same name (the launcher cannot tell from outside): the JVM refuses it
        // and loads the classes itself, silently. The header names the JVM that made it; another build is faked.
        byte[] other = Files.readAllBytes(cds.resolve(made.get(0)));
        int vm = new String(other, 0, 8192, StandardCharsets.ISO_8859_1).indexOf(" VM (");
        assertTrue(vm > 0, "the archive's header names its JVM");
        other[vm + 5] = (byte) (other[vm + 5] == '9' ? '8' : '9');
        Files.write(cds.resolve(made.get(0)), other);
        Run refused = run(launcher, "process", "--keep-input", "--out", tmp.resolve("out5").toString(), clean);
        assertEquals(training.stdout().replace("out1", "out5"), refused.stdout());
        assertEquals(List.of(), jvmLines(refused.stderr()));

        // stale: a jar changed after the archive was made; the next one-shot run makes a new one, the old one goes
        Path jar = launcher.getParent().resolveSibling("claimgate.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run retrained = run(launcher, "process", "--keep-input", "--out", tmp.resolve("out4").toString(), clean);
        assertEquals(training.stdout().replace("out1", "out4"), retrained.stdout());
        assertEquals(List.of(), jvmLines(retrained.stderr()));
        List<String> remade = archives(cds);
        assertEquals(1, remade.size(), remade.toString());
        assertFalse(remade.equals(made), "a new archive for the changed jar");

        // off: no archive used or made (and claimgate, which refuses unknown CLAIMGATE_* variables, never sees it)
        Files.delete(cds.resolve(remade.get(0)));
        Run off = run(launcher, Map.of("CLAIMGATE_CDS_DIR", "off", "JAVA_OPTS", "-Xlog:class+load=info:file="
                + classLog), "process", "--keep-input", "--out", tmp.resolve("out6").toString(), clean);
        assertEquals(training.stdout().replace("out1", "out6"), off.stdout());
        assertFalse(Files.readString(classLog).contains("shared objects file (top)"));
        assertEquals(List.of(), archives(cds));
    }

    /**
     * One-shot commands on small inputs run with C1 only (bin/claimgate: C2's compiling held one of the two cores
     * through start-up); large inputs and the other commands keep full tiering for their throughput; JAVA_OPTS wins.
     */
    @Test
    void theLauncherRunsSmallOneShotInputsWithC1AndEverythingElseWithFullTiering() throws Exception {
        Path launcher = unpack();
        String clean = Path.of("samples/clean.837").toAbsolutePath().toString();
        Path big = tmp.resolve("big.837"); // 5 MB, sparse: not X12, refused at its first bytes
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(5L << 20);
        }
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("samples/clean.837"), folder.resolve("clean.837"));
        assertEquals(1, tieredStopAtLevel(launcher, Map.of(), "validate", "--out", tmp.resolve("v1").toString(),
                clean));
        assertEquals(1, tieredStopAtLevel(launcher, Map.of(), "process", "--out", tmp.resolve("p1").toString(),
                folder.toString()));
        assertEquals(4, tieredStopAtLevel(launcher, Map.of(), "validate", "--out", tmp.resolve("v2").toString(),
                clean, big.toString()));
        assertEquals(4, tieredStopAtLevel(launcher, Map.of(), "-V"));
        assertEquals(4, tieredStopAtLevel(launcher, Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "validate",
                "--out", tmp.resolve("v3").toString(), clean));
    }

    private int tieredStopAtLevel(Path launcher, Map<String, String> env, String... args) throws Exception {
        Map<String, String> flags = new java.util.HashMap<>(env);
        flags.put("CLAIMGATE_CDS_DIR", "off");
        flags.merge("JAVA_OPTS", "-XX:+PrintFlagsFinal", (a, b) -> a + " " + b);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("TieredStopAtLevel\\s+= (\\d)")
                .matcher(run(launcher, flags, args).stdout());
        assertTrue(m.find(), "the JVM printed its flags");
        return Integer.parseInt(m.group(1));
    }

    /** Unpacks target/claimgate-VERSION.tar.gz into the test's folder and returns its bin/claimgate. */
    private Path unpack() throws Exception {
        String version = VersionTest.pomVersion();
        Path archive = Path.of("target", "claimgate-" + version + ".tar.gz");
        assumeTrue(Files.isRegularFile(archive), "no " + archive + " (run mvn package first)");
        assertEquals(0, new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", tmp.toString())
                .inheritIO().start().waitFor());
        Path launcher = tmp.resolve("claimgate-" + version).resolve("bin/claimgate");
        assertTrue(Files.isExecutable(launcher));
        return launcher;
    }

    private static List<String> archives(Path cds) throws Exception {
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cds)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The stderr lines that are not claimgate's own log lines (HH:MM:SS.mmm LEVEL ...): the JVM's, if any. */
    private static List<String> jvmLines(String stderr) {
        return stderr.lines().filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
    }

    private static List<String> outputs(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".")).sorted().toList();
        }
    }

    private Run run(Path launcher, String... args) throws Exception {
        return run(launcher, Map.of(), args);
    }

    private Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path stdout = tmp.resolve("stdout");
        Path stderr = tmp.resolve("stderr");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().remove("CLAIMGATE_CDS_DIR");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "claimgate " + String.join(" ", args) + " finished");
        return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
