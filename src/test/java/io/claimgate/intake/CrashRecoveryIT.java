package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.bench.Synthetic837Generator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code serve} as its own JVM, kills it with SIGKILL in the middle of a large file, starts it again and
 * checks that every input ends with exactly one outcome and that nothing partial is visible. 5,000 claims are enough
 * to be killed mid-file (at about 100 report bytes a claim, under a third of the way) and keep the test short; the
 * architecture's restart figures were measured with 20,000.
 */
public class CrashRecoveryIT {

    static final int CLAIMS = 5_000;

    @TempDir
    Path tmp;

    @Test
    void killedInTheMiddleOfALargeFileEveryInputEndsWithExactlyOneOutcome() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path out = tmp.resolve("out");
        try (Writer w = Files.newBufferedWriter(inbox.resolve("big.837"), StandardCharsets.ISO_8859_1)) {
            new Synthetic837Generator(42).write(w, CLAIMS);
        }
        Files.copy(Path.of("samples/clean.837"), inbox.resolve("clean.837"));
        Files.copy(Path.of("samples/not-x12.txt"), inbox.resolve("not-x12.txt"));
        Thread.sleep(300); // so that the files are older than the min-age on the first poll

        Process first = serve(inbox, out, tmp.resolve("first.log"));
        Path staged = out.resolve(".work/big/big.report.json");
        try {
            Serving.await("big.837 half processed", Duration.ofSeconds(90),
                    // ~390 bytes of report per synthetic claim since code-set notices went to the file level
                    // (issue 9; ~900 before): 45 bytes per claim is about the same point in the file as before.
                    () -> size(staged) > CLAIMS * 45L || !first.isAlive());
            assertTrue(first.isAlive(), () -> "serve ended by itself: " + read(tmp.resolve("first.log")));
        } finally {
            first.destroyForcibly(); // SIGKILL
            first.waitFor();
        }
        assertTrue(Files.exists(out.resolve(".work/big")), "killed while big.837 was in the work folder");
        assertTrue(Files.exists(inbox.resolve("big.837")), "its input has not moved");
        assertEquals(Set.of(), jsonReports(out).stream().filter(n -> n.startsWith("big"))
                .collect(Collectors.toSet()), "no output of the unfinished file is visible");

        long restart = System.nanoTime();
        Process second = serve(inbox, out, tmp.resolve("second.log"));
        try {
            Serving.await("every input to have an outcome", Duration.ofSeconds(120),
                    () -> Serving.count(inbox) == 0 && Serving.count(out.resolve(".work")) == 0);
            double seconds = (System.nanoTime() - restart) / 1e9;
            String log = Files.readString(tmp.resolve("second.log"));
            Matcher started = Pattern.compile("routes running (\\d+) ms after the JVM started \\(recovery (\\d+) ms: "
                    + "(\\d+) commit\\(s\\) finished, (\\d+) discarded\\)").matcher(log);
            assertTrue(started.find(), log);
            assertEquals("1", started.group(4), "the unfinished big.837 was discarded");
            System.out.printf("crash test: restart resumed after %s ms (recovery %s ms); all inputs settled %.1f s"
                    + " after the restart%n", started.group(1), started.group(2), seconds);
        } finally {
            second.destroy();
            second.waitFor();
        }

        assertEquals(Set.of("big.837", "clean.837"), names(out.resolve("archive")));
        assertEquals(Set.of("not-x12.txt", "not-x12.reason.txt"), names(out.resolve("error")));
        assertEquals(Set.of("big.json", "clean.json"), jsonReports(out));
        assertEquals(Set.of("big.277", "big.999", "clean.277", "clean.999"), names(out.resolve("acks")));
        assertEquals(Set.of("big.837", "clean.837"), names(out.resolve("accepted")));
        assertEquals(Set.of("big.json"), names(out.resolve("rejected")));
        assertEquals(Set.of(), names(out.resolve("duplicates")));
        assertTrue(Files.readString(out.resolve("reports/big.json")).contains("\"claims\" : " + CLAIMS));
        try (JdbcFileStore store = new JdbcFileStore(StoreDatabase.open(StoreDatabase.embeddedUrl(
                out.resolve(".claimgate")), null, null))) {
            assertEquals(3, store.size(), "one store entry per input");
        }
        try (Stream<Path> all = Files.walk(out)) {
            List<String> partial = all.map(p -> out.relativize(p).toString())
                    .filter(n -> n.endsWith(".tmp") || n.contains("COMMIT") || n.endsWith(".inprogress")).toList();
            assertEquals(List.of(), partial, "no temporary file remains");
        }
    }

    static Process serve(Path inbox, Path out, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the product's logging (cli.ConsoleLogging, to the log file read below): only the test JVMs themselves
        // name logback-test.xml (pom.xml)
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath(),
                "io.claimgate.cli.ClaimgateCommand", "serve", "--inbox", inbox.toString(), "--out", out.toString(),
                "--threads", "2",
                "--set", "claimgate.inbox.min-age=200", "--set", "claimgate.inbox.poll-delay=200",
                "--set", "claimgate.http.enabled=false", "--set", "claimgate.management.enabled=false"));
        // its own working folder: an empty class path entry must not make Camel find ./camel-routes a second time
        return new ProcessBuilder(cmd).directory(log.getParent().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * This JVM's class path as plain entries. Surefire runs tests from a manifest-only jar; started with that jar,
     * Camel finds the routes twice, so its Class-Path entries are spelled out.
     */
    public static String classPath() throws IOException {
        String cp = System.getProperty("java.class.path");
        if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            return java.util.Arrays.stream(cp.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
                    .collect(Collectors.joining(java.io.File.pathSeparator));
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
            String entries = jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (entries == null) {
                return cp;
            }
            List<String> paths = new ArrayList<>();
            for (String url : entries.trim().split("\\s+")) {
                Path entry = Path.of(java.net.URI.create(url));
                if (Files.isRegularFile(entry) || entry.getFileName().toString().endsWith("classes")) {
                    paths.add(entry.toString()); // not the project folder itself, which holds camel-routes/ too
                }
            }
            return String.join(java.io.File.pathSeparator, paths);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The JSON reports in reports/ (beside each is its S.html). */
    static Set<String> jsonReports(Path out) throws IOException {
        Set<String> names = names(out.resolve("reports"));
        names.removeIf(n -> !n.endsWith(".json"));
        return names;
    }

    static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
