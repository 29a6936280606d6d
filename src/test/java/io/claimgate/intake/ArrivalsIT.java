package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.FileResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every arrival gets exactly one outcome, whatever it is called and whatever it holds (issue 11, items 1, 5 and 8):
 * an empty file goes to error/ once it has stayed empty for the minimum age and does not hold up the files after
 * it; a name too long to carry a suffix is shortened in OUT and kept in the report and reason file; names with
 * spaces, accents, CJK characters and 250 characters come through the folder, HTTP and replay intakes with every
 * JSON output valid UTF-8 naming the file, and the findings metric counts them; a disabled intake is not in health.
 */
class ArrivalsIT {

    @TempDir
    static Path tmp;
    static ClaimgateRuntime runtime;
    static Path inbox;
    static Path out;
    static int http;
    static int management;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final String LONG = "L".repeat(246) + ".837"; // 250 characters
    static final String TOO_LONG = "T".repeat(250) + ".837"; // 254: its .reason.txt or .rejected.json would not fit
    static final List<String> NAMES = List.of("clinic ñ é 日本 claims.837", "three word name.837", LONG);

    @BeforeAll
    static void serve() throws Exception {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        out = tmp.resolve("out");
        http = Serving.freePort();
        management = Serving.freePort();
        Map<String, String> p = Serving.quiet(inbox);
        p.put("claimgate.inbox.enabled", "true");
        p.put("claimgate.inbox.min-age", "500");
        p.put("claimgate.http.enabled", "true");
        p.put("claimgate.http.port", String.valueOf(http));
        p.put("claimgate.management.enabled", "true");
        p.put("claimgate.management.port", String.valueOf(management));
        runtime = new ClaimgateRuntime(out, 2, p);
        runtime.start();
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
    }

    /** samples/mixed.837 (accepted and rejected claims, findings) under its own interchange number. */
    static byte[] mixed(int n) throws Exception {
        String x12 = Files.readString(Path.of("samples/mixed.837"), StandardCharsets.ISO_8859_1);
        return x12.replace("000000202", String.format("00000%04d", n)).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEmptyFileGoesToErrorAndDoesNotHoldUpTheFilesAfterIt() throws Exception {
        Files.write(inbox.resolve("empty.837"), new byte[0]);
        Thread.sleep(1100); // the later drop is newer, so sorted after the empty file
        Files.write(inbox.resolve("after-empty.837"), mixed(9001));
        Serving.await("both files to settle", Duration.ofSeconds(120), () -> Files.exists(out.resolve(
                "error/empty.837")) && Files.exists(out.resolve("archive/after-empty.837")));
        assertEquals("empty.837: the file is empty (0 bytes)",
                Files.readString(out.resolve("error/empty.reason.txt")).strip());
        assertTrue(Files.exists(out.resolve("error/empty.837")));
        assertFalse(Files.exists(inbox.resolve("empty.837")));
        try (Stream<Path> s = Files.list(inbox)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith("empty")).toList(),
                    "no .camelLock left behind");
        }
    }

    @Test
    void aNameTooLongForItsOutputsIsShortenedAndKeptInTheReportAndReason() throws Exception {
        Files.write(inbox.resolve(TOO_LONG), mixed(9002));
        Files.writeString(inbox.resolve("N" + TOO_LONG.substring(1)), "not X12 at all");
        String cut = "T".repeat(255 - 5 - 6 - 14);
        String errorCut = "N" + "T".repeat(255 - 5 - 6 - 14 - 1);
        // the input is moved last, after the outputs and the reason are in place
        Serving.await("both long names to settle", Duration.ofSeconds(120),
                () -> Files.exists(out.resolve("archive/" + cut + ".837"))
                        && Files.exists(out.resolve("error/" + errorCut + ".837")));
        JsonNode report = JSON.readTree(out.resolve("reports/" + cut + ".json").toFile());
        assertEquals(TOO_LONG, report.get("file").asText());
        assertTrue(Files.exists(out.resolve("rejected/" + cut + ".json")));
        assertTrue(Files.exists(out.resolve("archive/" + cut + ".837")));
        assertTrue(Files.readString(out.resolve("error/" + errorCut + ".reason.txt"))
                .startsWith("N" + TOO_LONG.substring(1) + ": "));
        assertTrue(Files.exists(out.resolve("error/" + errorCut + ".837")));
    }

    @Test
    void namesInAnyScriptComeThroughEveryIntakeAsValidUtf8Json() throws Exception {
        List<String> expected = new ArrayList<>();
        int n = 9100;
        for (String name : NAMES) {
            Files.write(inbox.resolve(name), mixed(n++));
            expected.add(name);
        }
        for (String name : NAMES) {
            String http = "web " + name.substring(0, Math.min(name.length(), 240));
            HttpResponse<byte[]> answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + ArrivalsIT.http + "/api/files?name=" + URLEncoder.encode(http, StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mixed(n++)))
                    .header("Content-Type", "application/octet-stream").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
            assertEquals(http, JSON.readTree(utf8(answer.body())).get("file").asText());
            expected.add(http);
        }
        for (String name : NAMES) {
            String replay = "replay " + name.substring(0, Math.min(name.length(), 240));
            Path file = Files.write(Files.createDirectories(tmp.resolve("replays")).resolve(replay), mixed(n++));
            FileResult result = runtime.submit(file, new IntakeRequest("replay", null, false, true));
            assertTrue(result.processed(), result.summary());
            assertEquals(replay, JSON.readTree(utf8(result.toJson().toString().getBytes(StandardCharsets.UTF_8)))
                    .get("file").asText());
            expected.add(replay);
        }
        Serving.await("the folder drops to settle", Duration.ofSeconds(120), () -> NAMES.stream()
                .noneMatch(name -> Files.exists(inbox.resolve(name))));

        List<String> named = new ArrayList<>();
        for (String folder : List.of("reports", "rejected")) {
            try (Stream<Path> files = Files.list(out.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    JsonNode json = JSON.readTree(utf8(Files.readAllBytes(f)));
                    if (folder.equals("reports")) {
                        named.add(json.get("file").asText());
                    }
                }
            }
        }
        assertTrue(named.containsAll(expected), () -> "reports name " + named + ", expected " + expected);
        try (JdbcFileStore store = new JdbcFileStore(StoreDatabase.open(StoreDatabase.embeddedUrl(
                out.resolve(".claimgate")), null, null))) {
            // every store entry names its input as the original UTF-8 name
            assertTrue(store.recent(1000).stream().map(e -> e.input()).toList().containsAll(expected),
                    () -> "store names " + store.recent(1000));
        }
        // the metric is counted just after each commit: give the last one a moment
        Serving.await("the findings metric to count every report", Duration.ofSeconds(10),
                () -> { try { return findingsInReports() == findingsInMetrics(); } catch (Exception e) { return false; } });
        assertTrue(findingsInReports() > 0);
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
                + "/observe/health?exposureLevel=full")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("route:folder-intake"), health.body());
        assertFalse(health.body().contains("sftp-intake"), "SFTP is disabled: " + health.body());
    }

    /** Decodes strictly: a byte sequence that is not UTF-8 fails the test. */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    static long findingsInReports() throws Exception {
        long total = 0;
        try (Stream<Path> files = Files.list(out.resolve("reports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                total += JSON.readTree(f.toFile()).findValues("rule").size();
            }
        }
        return total;
    }

    static long findingsInMetrics() throws Exception {
        String metrics = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
                + "/observe/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^claimgate_findings_total\\{[^}]*} ([0-9.]+)$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return Math.round(total);
    }
}
