package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium for the browser tests (Debian's chromium, installed by .ci/run), driven by its command line:
 * --dump-dom prints the page as rendered, --screenshot saves it under target/screenshots/. No WebDriver needed.
 */
final class Chromium {

    private final Path binary;
    private final Path tmp;

    private Chromium(Path binary, Path tmp) {
        this.binary = binary;
        this.tmp = tmp;
    }

    /** The installed browser, if any (tests assume it and are skipped where it is absent). */
    static Optional<Chromium> find(Path tmp) {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of).filter(Files::isExecutable)
                .findFirst().map(b -> new Chromium(b, tmp));
    }

    /** Loads the URL; returns the DOM as rendered, and saves a screenshot when named. */
    String browse(String url, String screenshot, String windowSize) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"), "--window-size=" + windowSize));
        if (screenshot != null) {
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            command.add("--screenshot=" + shots.resolve(screenshot).toAbsolutePath());
        } else {
            command.add("--dump-dom");
        }
        command.add(url);
        Path stdout = Files.createTempFile(tmp, "dom", ".html");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium exit code");
        if (screenshot != null) {
            assertTrue(Files.size(Path.of("target", "screenshots", screenshot)) > 10_000, "a screenshot was saved");
            return browse(url, null, windowSize);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
