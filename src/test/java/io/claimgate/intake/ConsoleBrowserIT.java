package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.route.ClaimgateRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web console in a real browser: serve takes samples/ from its inbox, then headless Chromium (Debian's
 * chromium, installed by .ci/run; the test is skipped where it is absent) loads /ui, a search and a file's page as a
 * person would, and saves screenshots under target/screenshots/. Chromium is driven by its command line
 * (--dump-dom prints the page as rendered, --screenshot saves it): no WebDriver needed for what is checked.
 */
class ConsoleBrowserIT {

    @TempDir
    static Path tmp;
    static ClaimgateRuntime runtime;
    static int http;
    static Chromium chromium;

    @BeforeAll
    static void serveSamples() throws Exception {
        chromium = Chromium.find(tmp).orElse(null);
        assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium; .ci/run does)");
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        http = Serving.freePort();
        runtime = Serving.withConsole(inbox, out, http);
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path s : samples.toList()) {
                Files.copy(s, inbox.resolve(s.getFileName()));
            }
        }
        Serving.await("every sample to get its outcome", Duration.ofSeconds(120),
                () -> Serving.count(out.resolve("archive")) == 7 && Serving.count(out.resolve("error")) == 2);
    }

    @AfterAll
    static void stop() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void theConsoleListsTheFilesAndDrawsTheCharts() throws Exception {
        String dom = browse("/ui", "console.png", "1280,1000");
        for (String file : List.of("clean.837", "mixed.837", "multi-st.837", "syntax-errors.837", "not-x12.txt")) {
            assertTrue(dom.contains(">" + file + "<"), file + " is listed");
        }
        assertTrue(dom.contains("<a href=\"/ui/reports/mixed.html\">mixed.837</a>"), "links to the file's page");
        assertTrue(dom.contains("id=\"chart-rules\"") && dom.contains("<svg"), "a chart is drawn");
        assertTrue(dom.contains(">claim-balance<") && dom.contains(">1234567893<"), "by rule and by provider");
        assertFalse(dom.contains("TESTPATIENT"), "no patient name");
        browse("/ui", "console-small.png", "390,1200");
    }

    @Test
    void searchingForAClaimIdFindsItsFile() throws Exception {
        String dom = browse("/ui?q=MIX-2003", null, "1280,800");
        assertTrue(dom.contains("Files matching"), dom);
        assertTrue(dom.contains(">mixed.837<"));
        assertFalse(dom.contains(">clean.837<"), "only the file holding the claim");
        assertTrue(browse("/ui?q=000000205", null, "1280,800").contains(">syntax-errors.837<"), "by ISA13");
    }

    @Test
    void aFilesPageShowsWhyEachClaimWasRejected() throws Exception {
        String dom = browse("/ui/reports/mixed.html", "report-mixed.png", "1280,2600");
        assertTrue(dom.contains("Service line 1: procedure code '9921X' is not a CPT or HCPCS code."), "finding text");
        assertTrue(dom.contains("SV101-2 Composite medical procedure identifier"), "element name");
        assertTrue(dom.contains("MIX-2009"));
        assertFalse(dom.contains("TESTPATIENT") || dom.contains("MBR00") || dom.contains("19800101"), "no patient data");
        assertTrue(browse("/ui/reports/..%2Fclean.html", null, "800,600").contains("Not found"));
    }

    /** Loads the page in headless Chromium; returns the DOM as rendered, and saves a screenshot when named. */
    static String browse(String path, String screenshot, String windowSize) throws IOException, InterruptedException {
        return chromium.browse("http://127.0.0.1:" + http + path, screenshot, windowSize);
    }
}
