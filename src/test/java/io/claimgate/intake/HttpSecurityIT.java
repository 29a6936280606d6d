package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.route.ClaimgateRuntime;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP side closed and honest (issue 11 item 3): both servers listen on loopback by default; with credentials
 * configured every request but /observe/health needs them; each bad request gets its status and a JSON
 * {"error", "reason"}, no answer carries a server path, and a refused upload leaves nothing behind.
 */
class HttpSecurityIT {

    private static final String TOKEN = "test-token-7f3a";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static ClaimgateRuntime runtime;
    static int http;
    static int management;
    static Path out;

    @BeforeAll
    static void serve() throws Exception {
        out = tmp.resolve("out");
        http = Serving.freePort();
        management = Serving.freePort();
        Path tokenFile = Files.writeString(tmp.resolve("token"), TOKEN + "\n");
        Path basicFile = Files.writeString(tmp.resolve("basic"), "operator:pass word\n");
        Map<String, String> p = Serving.quiet(tmp.resolve("inbox"));
        p.put("claimgate.http.enabled", "true");
        p.put("claimgate.http.port", String.valueOf(http));
        p.put("claimgate.management.enabled", "true");
        p.put("claimgate.management.port", String.valueOf(management));
        p.put("claimgate.http.max-body-size", "20000");
        p.put("claimgate.auth.token-file", tokenFile.toString());
        p.put("claimgate.auth.basic-file", basicFile.toString());
        runtime = new ClaimgateRuntime(out, 1, p);
        runtime.start();
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
    }

    @Test
    void bothServersListenOnLoopbackOnly() throws Exception {
        List<String> http = ListeningSockets.localAddresses(HttpSecurityIT.http);
        List<String> management = ListeningSockets.localAddresses(HttpSecurityIT.management);
        assertFalse(http.isEmpty() || management.isEmpty(), http + " " + management);
        for (String address : concat(http, management)) {
            assertTrue(ListeningSockets.isLoopback(address), address);
        }
    }

    @Test
    void everyRequestButHealthNeedsTheCredentials() throws Exception {
        byte[] clean = Files.readAllBytes(Path.of("samples/clean.837"));
        assertError(401, "unauthorized", send(upload("?name=clean.837", clean, null)));
        assertError(401, "unauthorized", send(upload("?name=clean.837", clean, "Bearer wrong")));
        assertEquals(401, send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/ui/")).GET()
                .build()).statusCode(), "the operator view shares the check");
        assertEquals(200, management("/observe/health", null).statusCode());
        assertError(401, "unauthorized", management("/observe/metrics", null));
        assertEquals(200, management("/observe/metrics", "Bearer " + TOKEN).statusCode());
        String basic = "Basic " + Base64.getEncoder().encodeToString("operator:pass word".getBytes());
        HttpResponse<String> ok = send(upload("?name=clean.837", clean, basic));
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode answer = JSON.readTree(ok.body());
        assertEquals("reports/clean.json", answer.get("report").asText());
        assertEquals("acks/clean.277", answer.get("ack").asText());
        assertNoServerPath(ok);
        HttpResponse<String> again = send(upload("?name=again.837", clean, "Bearer " + TOKEN));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("duplicate", JSON.readTree(again.body()).get("error").asText());
        assertNoServerPath(again);
    }

    @Test
    void eachBadRequestGetsItsStatusAndAJsonReasonAndLeavesNothingBehind() throws Exception {
        String auth = "Bearer " + TOKEN;
        byte[] clean = Files.readAllBytes(Path.of("samples/clean.837"));
        // Java's client sends an empty POST without Content-Length (411); curl -H "Content-Length: 0" gets 400
        assertError(411, "length required", send(upload("?name=empty.837", new byte[0], auth)));
        String raw = rawPost("POST /api/files?name=empty.837 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 0\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 400 "), raw);
        assertTrue(raw.contains("\"error\":\"no body\""), raw);
        assertError(411, "length required", send(authorized(auth).uri(files("?name=chunked.837"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(clean))).build()));
        byte[] big = new byte[30_000];
        java.util.Arrays.fill(big, (byte) 'X');
        assertError(413, "too large", send(upload("?name=big.837", big, auth)));
        String boundary = "b0undary";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.837\""
                + "\r\n\r\n" + new String(clean) + "\r\n--" + boundary + "--\r\n").getBytes();
        assertError(415, "unsupported media type", send(authorized(auth).uri(files("")).header("Content-Type",
                "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(multipart))
                .build()));
        assertError(415, "unsupported media type", send(authorized(auth).uri(files("")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(clean)).build()));
        assertError(400, "unusable name", send(upload("?name=" + "a".repeat(300) + ".837", clean, auth)));
        assertError(400, "unusable name", send(upload("?name=..", clean, auth)));
        HttpResponse<String> notX12 = send(upload("?name=notes.txt", Files.readAllBytes(
                Path.of("samples/not-x12.txt")), auth));
        assertEquals(422, notX12.statusCode(), notX12.body());
        assertEquals("error", JSON.readTree(notX12.body()).get("error").asText());
        assertEquals("error/notes.reason.txt", JSON.readTree(notX12.body()).get("reasonFile").asText());
        assertNoServerPath(notX12);
        try (Stream<Path> left = Files.walk(out.resolve(".claimgate/uploads"))) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "no upload left behind");
        }
        assertEquals(List.of(), ListeningSockets.files(out.resolve(".work")));
        for (String folder : List.of("archive", "duplicates", "reports")) {
            assertFalse(ListeningSockets.files(out.resolve(folder)).stream().anyMatch(n -> n.startsWith("empty")
                    || n.startsWith("chunked") || n.startsWith("big") || n.startsWith("c.")), folder);
        }
    }

    private static void assertError(int status, String error, HttpResponse<String> answer) throws Exception {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse(""));
        JsonNode json = JSON.readTree(answer.body());
        assertEquals(error, json.get("error").asText(), answer.body());
        assertFalse(json.get("reason").asText().isBlank());
        assertNoServerPath(answer);
    }

    private static void assertNoServerPath(HttpResponse<String> answer) {
        assertFalse(answer.body().contains(tmp.toAbsolutePath().toString()), answer.body());
        assertFalse(answer.body().contains(System.getProperty("user.dir")), answer.body());
    }

    /** A request as written, for what Java's client will not send (Content-Length: 0); the answer as read. */
    private static String rawPost(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", http)) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            StringBuilder answer = new StringBuilder();
            byte[] buf = new byte[4096];
            // read until the JSON answer is complete (the server may keep the connection open)
            while (!answer.toString().endsWith("}")) {
                int n = socket.getInputStream().read(buf);
                if (n < 0) {
                    break;
                }
                answer.append(new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return answer.toString();
        }
    }

    private static HttpRequest upload(String query, byte[] body, String auth) {
        return authorized(auth).uri(files(query)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static HttpRequest.Builder authorized(String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder();
        return auth == null ? b : b.header("Authorization", auth);
    }

    private static URI files(String query) {
        return URI.create("http://127.0.0.1:" + http + "/api/files" + query);
    }

    private static HttpResponse<String> management(String path, String auth) throws Exception {
        return send(authorized(auth).uri(URI.create("http://127.0.0.1:" + management + path)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
