package io.claimgate.intake;

import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.cli.EmMixProcessIT;
import io.claimgate.edit.Test837;
import io.claimgate.route.ClaimgateRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 "done when", in a real browser: serve takes the generated history of 20 providers (EmMixProcessIT's, one
 * billing 99215 on 80% of visits) and a small file with an em-level-review claim; the console's E/M chart shows that
 * provider flagged and no other, the file's page shows the review signals apart from rejections, the CSV exports
 * answer as downloads, and the console is usable 390 px wide. Screenshots: target/screenshots/console-em.png,
 * report-reviews.png, console-390.png.
 */
class AnalyticsConsoleBrowserIT {

    @TempDir
    static Path tmp;
    static ClaimgateRuntime runtime;
    static int http;
    static Chromium chromium;
    static final String FLAGGED = EmMixProcessIT.npi(107);

    @BeforeAll
    static void serveHistory() throws Exception {
        chromium = Chromium.find(tmp).orElse(null);
        assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium; .ci/run does)");
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        http = Serving.freePort();
        runtime = Serving.withConsole(inbox, out, http);
        Files.createDirectories(inbox.resolve("CLINIC01"));
        // em-mix-review reads the store's history: the first three files are committed before the fourth arrives,
        // which alone holds 120 services of each provider between them and itself
        for (int f = 0; f < EmMixProcessIT.FILES - 1; f++) {
            Files.writeString(inbox.resolve("CLINIC01/history-" + f + ".837"), EmMixProcessIT.history(f));
        }
        Serving.await("the first history files to get their outcome", Duration.ofSeconds(180),
                () -> Serving.count(out.resolve("reports"), ".html") == EmMixProcessIT.FILES - 1);
        Files.writeString(inbox.resolve("CLINIC01/history.837"), EmMixProcessIT.history(EmMixProcessIT.FILES - 1));
        Files.writeString(inbox.resolve("levels.837"), Test837.file("CLINIC02",
                claim("LV-1").dx("ABK:Z0000").line("HC:99215", "1", "20261105").line("HC:J3490", "1", "20261105"),
                claim("LV-2").dx("ABK:E119").line("HC:99213", "0", "20261105")));
        Serving.await("both files to get their outcome", Duration.ofSeconds(180),
                () -> Serving.count(out.resolve("reports"), ".html") == EmMixProcessIT.FILES + 1);
    }

    @AfterAll
    static void stop() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
    }

    static String browse(String path, String screenshot, String size) throws Exception {
        return chromium.browse("http://127.0.0.1:" + http + path, screenshot, size);
    }

    @Test
    void theConsoleChartShowsTheFlaggedProviderAgainstItsPeers() throws Exception {
        String dom = browse("/ui?days=30", "console-em.png", "1280,2200");
        assertTrue(dom.contains("id=\"chart-em\"") && dom.contains("office E/M level shares per provider against"
                + " peers"), "the E/M chart is drawn");
        assertTrue(dom.contains(FLAGGED + " \u26a0"), "the flagged provider is marked in the chart");
        assertEquals(1, dom.split("<b class=\"rej\">em-mix-review</b>", -1).length - 1, "one provider flagged");
        assertTrue(dom.contains("<td data-l=\"NPI\">" + FLAGGED + "</td><td data-l=\"taxonomy\">207Q00000X</td>"
                + "<td data-l=\"visits\">120</td><td data-l=\"level 5\">80.0%</td>"), "its row, first");
        assertTrue(dom.contains("id=\"chart-charges\""), "the charges chart");
        assertTrue(dom.contains(">CLINIC01<") && dom.contains(">em-level-review<"), "by partner and by rule");
        assertFalse(dom.contains("TESTPATIENT"), "no patient data");
        String small = browse("/ui?days=30", "console-390.png", "390,2400");
        assertTrue(small.contains("id=\"chart-em\""));
    }

    @Test
    void theFilePagesShowTheReviewSignalsApartFromRejections() throws Exception {
        String history = browse("/ui/reports/history.html", "report-reviews.png", "1280,1800");
        assertTrue(history.contains("Review signals (1)"), "the em-mix-review signal");
        assertTrue(history.contains("Provider " + FLAGGED + " (taxonomy 207Q00000X) billed level 5 for 80.0% of 120"
                + " office E/M services"), "its message");
        assertTrue(history.contains("Caveat: a statistical outlier is not evidence of wrong coding."));
        assertTrue(history.contains("<b>not rejections</b>"));
        String levels = browse("/ui/reports/levels.html", "report-level-review.png", "1280,1800");
        assertTrue(levels.contains("<td>LV-1</td><td>1</td><td>em-level-review</td><td>Line 1: level"), levels);
        assertFalse(levels.contains("TESTPATIENT") || levels.contains("MBR001"), "no patient data");
    }

    @Test
    void theExportsAreCsvDownloads() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> em = get(client, "/ui/export/em-levels.csv?days=30");
        assertEquals(200, em.statusCode());
        assertEquals("text/csv; charset=utf-8", em.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"em-levels-30d.csv\"",
                em.headers().firstValue("Content-Disposition").orElse(""));
        String[] lines = em.body().split("\r\n");
        assertEquals(1 + 20 + 1, lines.length, "header, 20 providers of the history, 1 of levels.837");
        assertTrue(lines[1].startsWith(FLAGGED + ",207Q00000X,0,0,24,0,96,120,0.8000,0.8000,19,0.1219,0.1219,"), lines[1]);
        assertTrue(lines[1].endsWith(",yes"), lines[1]);
        assertEquals(1, em.body().split(",yes\r\n", -1).length - 1, "one provider flagged");
        HttpResponse<String> rejections = get(client, "/ui/export/rejections.csv?days=7");
        assertTrue(rejections.body().contains("\r\nrule,em-mix-review,0,1\r\n"), rejections.body());
        assertTrue(rejections.body().contains("\r\nrule,em-level-review,0,1\r\n"), rejections.body());
        assertTrue(rejections.body().contains("\r\npartner,CLINIC01,0,1\r\n"), rejections.body());
        HttpResponse<String> charges = get(client, "/ui/export/charges.csv?days=1");
        assertTrue(charges.body().startsWith("date,files,accepted_claims,accepted_charges,rejected_claims,"
                + "rejected_charges\r\n"), charges.body());
        assertTrue(charges.body().contains(",5,81,"), "five files, 4 x 20 + 1 accepted claims: " + charges.body());
        HttpResponse<String> file = get(client, "/ui/reports/history.analytics.csv");
        assertEquals("attachment; filename=\"history.analytics.csv\"",
                file.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(file.body().contains("\r\nproviderReviews," + FLAGGED + ",services,120\r\n"), file.body());
        assertEquals(404, get(client, "/ui/export/nothing.csv").statusCode());
        assertEquals(404, get(client, "/ui/reports/..%2Fhistory.analytics.csv").statusCode());
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
