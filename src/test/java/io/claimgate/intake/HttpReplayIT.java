package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.route.ClaimgateRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/files with a real HTTP client against a serving runtime: a file is processed and answered with its
 * report, the same bytes again are refused as a duplicate (409), a forced replay is processed and marked, other
 * content under a used ISA13 gets a TA1 025, and /observe/health and /observe/metrics answer with the counts.
 */
class HttpReplayIT {

    @TempDir
    static Path tmp;
    static ClaimgateRuntime runtime;
    static int http;
    static int management;
    static Path out;
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void serve() throws Exception {
        out = tmp.resolve("out");
        http = Serving.freePort();
        management = Serving.freePort();
        Map<String, String> p = Serving.quiet(tmp.resolve("inbox"));
        p.put("claimgate.http.enabled", "true");
        p.put("claimgate.http.port", String.valueOf(http));
        p.put("claimgate.management.enabled", "true");
        p.put("claimgate.management.port", String.valueOf(management));
        p.put("claimgate.http.max-body-size", "20000"); // the samples fit; 30 kB does not
        runtime = new ClaimgateRuntime(out, 2, p);
        runtime.start();
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
    }

    static HttpResponse<String> post(String query, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/api/files" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/octet-stream")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<String> ids(JsonNode report) {
        return StreamSupport.stream(report.path("claims").spliterator(), false).map(c -> c.get("id").asText()).toList();
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndNothingIsProcessed() throws Exception {
        byte[] big = new byte[30_000];
        java.util.Arrays.fill(big, (byte) 'X');
        HttpResponse<String> answer = post("?name=too-big.837", big);
        assertEquals(413, answer.statusCode(), answer.body());
        for (String folder : List.of("archive", "error", "duplicates", "reports")) {
            Path dir = out.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("too-big"))
                            .toList(), folder);
                }
            }
        }
    }

    @Test
    void replayOverHttpAnswersWithTheReportRefusesDuplicatesAndMarksForcedReplays() throws Exception {
        byte[] clean = Files.readAllBytes(Path.of("samples/clean.837"));

        HttpResponse<String> first = post("?name=clean.837&partner=CLINIC01", clean);
        assertEquals(200, first.statusCode(), first.body());
        JsonNode r1 = JSON.readTree(first.body());
        assertEquals("processed", r1.get("outcome").asText());
        assertEquals("clean", r1.get("stem").asText());
        assertEquals(3, r1.get("accepted").asInt());
        assertEquals("acks/clean.277", r1.get("ack").asText());
        assertTrue(Files.exists(out.resolve("acks/clean.277")));
        JsonNode report = r1.get("reportContent");
        assertEquals("clean.837", report.get("file").asText());
        assertEquals("http", report.get("intake").asText());
        assertEquals("CLINIC01", report.get("partner").asText());
        assertFalse(report.has("forced"));
        assertEquals(3, report.get("totals").get("accepted").asInt());
        assertEquals(clean.length, Files.size(out.resolve("archive/clean.837")));

        HttpResponse<String> again = post("?name=resent.837", clean);
        assertEquals(409, again.statusCode(), again.body());
        JsonNode r2 = JSON.readTree(again.body());
        assertEquals("duplicate", r2.get("outcome").asText());
        String reason = Files.readString(out.resolve("duplicates/resent.reason.txt"));
        assertTrue(reason.contains("processed before as clean.837 (intake http"), reason);
        assertTrue(reason.contains("reports/clean.json"), reason);
        assertTrue(Files.exists(out.resolve("duplicates/resent.837")));
        assertFalse(Files.exists(out.resolve("reports/resent.json")));

        HttpResponse<String> forced = post("?name=clean.837&force=true", clean);
        assertEquals(200, forced.statusCode(), forced.body());
        JsonNode r3 = JSON.readTree(forced.body());
        assertEquals("clean-2", r3.get("stem").asText());
        assertTrue(r3.get("forced").asBoolean());
        assertTrue(r3.get("reportContent").get("forced").asBoolean());
        assertEquals(ids(report), ids(r3.get("reportContent")));

        // other content under the same sender and ISA13: TA1 note 025, input to error/
        byte[] changed = new String(clean, StandardCharsets.ISO_8859_1).replace("CLM*", "CLM*X")
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> reused = post("?name=reused.837", changed);
        assertEquals(409, reused.statusCode(), reused.body());
        assertEquals("interchange-duplicate", JSON.readTree(reused.body()).get("outcome").asText());
        String ta1 = Files.readString(out.resolve("acks/reused.ta1"));
        assertTrue(ta1.contains("TA1*000000201*260110*0930*R*025~"), ta1);
        assertTrue(ta1.startsWith("ISA*00*          *00*          *ZZ*CLAIMGATE      *ZZ*CLINIC01       *"), ta1);
        assertTrue(Files.exists(out.resolve("error/reused.837")));
        assertTrue(Files.readString(out.resolve("error/reused.reason.txt")).contains("TA1 note 025"));

        HttpResponse<String> notX12 = post("?name=junk.txt", "hello".getBytes(StandardCharsets.US_ASCII));
        assertEquals(422, notX12.statusCode(), notX12.body());

        assertEquals(0, Serving.count(out.resolve(".work")), "no work left behind");
        // uploads/ holds this serve's own folder (its owner id), which must be empty
        try (var uploads = Files.walk(out.resolve(".claimgate/uploads"))) {
            assertEquals(0, uploads.filter(Files::isRegularFile).count(), "no upload left behind");
        }

        HttpResponse<String> health = get("/observe/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("UP"), health.body());
        String metrics = get("/observe/metrics").body();
        assertTrue(metrics.contains("claimgate_files_total{intake=\"http\",outcome=\"processed\"} 2.0"), metrics);
        assertTrue(metrics.contains("claimgate_files_total{intake=\"http\",outcome=\"duplicate\"} 1.0"), metrics);
        assertTrue(metrics.contains("claimgate_files_total{intake=\"http\",outcome=\"interchange-duplicate\"} 1.0"),
                metrics);
        assertTrue(metrics.contains("claimgate_files_total{intake=\"http\",outcome=\"error\"} 1.0"), metrics);
        assertTrue(metrics.contains("claimgate_claims_total{status=\"accepted\"} 6.0"), metrics);
        assertTrue(metrics.contains("claimgate_file_processing_seconds_count{intake=\"http\"} 5"), metrics);
    }
}
