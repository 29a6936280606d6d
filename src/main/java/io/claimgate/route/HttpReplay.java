package io.claimgate.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The bean behind {@code POST /api/files} ("httpReplay" in camel-routes/intake-http.yaml): saves the request body
 * as a file under {@code OUT/.claimgate/uploads/}, hands it to the claim-file route like any other arrival, and turns
 * the {@link FileResult} into the answer: 200 processed, 422 not X12, 409 refused as a duplicate (or a reused
 * ISA13), with the result and the report as JSON. Every refusal is JSON {"error", "reason"} (the gate in front,
 * {@link HttpGate}, answers 401/411/413/415 before the body is read); an answer names files relative to OUT, never
 * by a server path, and a refused or failed upload leaves nothing in uploads/.
 *
 * <p>Query parameters: {@code name} (the file name, default {@code upload.837}), {@code force=true}, {@code partner}.
 */
public final class HttpReplay {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOLDER = "claimgateUploadFolder";
    /** Longest name a file system takes (ext4, XFS, NTFS: 255 bytes); a longer one cannot be a file's name. */
    private static final int MAX_NAME_BYTES = 255;

    private final Path uploads;
    private final Path out;
    private final String gateNonce;

    /** @param out OUT, which answers name files relative to; @param uploads this process's upload folder */
    public HttpReplay(Path out, Path uploads, String gateNonce) {
        this.uploads = uploads;
        this.out = out.toAbsolutePath();
        this.gateNonce = gateNonce;
    }

    public void receive(Exchange exchange) throws IOException {
        Message in = exchange.getMessage();
        if (!gateNonce.equals(in.getHeader(HttpGate.PASSED, String.class))) {
            refuse(exchange, 503, "starting", "claimgate is starting; try again in a moment");
            return;
        }
        String given = in.getHeader("name", String.class);
        String name = safeName(given, "upload.837");
        if (given != null && (given.isBlank() || given.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
                || name.equals("upload.837") && !given.equals(name))) {
            refuse(exchange, 400, "unusable name", "name must be a file name of 1-" + MAX_NAME_BYTES
                    + " bytes (letters, digits, dot, dash, underscore), not starting with a dot");
            return;
        }
        String partner = safeName(in.getHeader("partner", String.class), null);
        boolean force = "true".equalsIgnoreCase(in.getHeader("force", String.class));
        Long declared = in.getHeader("Content-Length", Long.class);
        // nothing the client sends may set claimgate's own headers
        in.removeHeaders("claimgate*");
        in.removeHeaders("CamelFile*");
        Path folder = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        exchange.setProperty(FOLDER, folder);
        Path file = folder.resolve(name);
        long received;
        try (InputStream body = in.getBody(InputStream.class)) {
            received = body == null ? 0 : Files.copy(body, file);
        }
        // An upload cut short (client gone, server out of memory buffering it) must never be processed as if it
        // were the file: a truncated 837 would be answered for content the sender did not send.
        if (received == 0 || declared != null && declared != received) {
            cleanUp(exchange);
            refuse(exchange, 400, received == 0 ? "no body" : "incomplete upload", received == 0
                    ? "the request has no file: send its bytes as the body"
                    : "received " + received + " of " + declared + " bytes; nothing was processed");
            return;
        }
        in.setBody(file.toFile());
        in.setHeader(ClaimFileIntake.INTAKE, "http");
        in.setHeader(ClaimFileIntake.FORCE, force);
        in.setHeader(ClaimFileIntake.PARTNER, partner);
        in.setHeader(ClaimFileIntake.KEEP_INPUT, false);
    }

    public void respond(Exchange exchange) throws Exception {
        FileResult result = exchange.getMessage().getMandatoryBody(FileResult.class);
        int status = switch (result.disposition()) {
            case PROCESSED -> 200;
            case ERROR -> 422;
            default -> 409;
        };
        ObjectNode json = result.toJson();
        for (String field : new String[] {"report", "ack", "reasonFile"}) {
            if (json.hasNonNull(field)) {
                json.put(field, relative(json.get(field).asText()));
            }
        }
        if (json.hasNonNull("reason")) {
            json.put("reason", relative(json.get("reason").asText()));
        }
        if (status != 200) {
            json.put("error", result.disposition().jsonName());
        }
        cleanUp(exchange);
        answer(exchange, status, json.toPrettyString());
    }

    /** The route's doCatch: the upload failed inside claimgate; its upload folder goes, the answer says why. */
    public void failed(Exchange exchange) throws IOException {
        Throwable e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        cleanUp(exchange);
        refuse(exchange, 500, "internal error", relative(e == null ? "unknown" : String.valueOf(e.getMessage())));
    }

    private void refuse(Exchange exchange, int status, String error, String reason) throws IOException {
        answer(exchange, status, JSON.writeValueAsString(Map.of("error", error, "reason", reason)));
        exchange.setRouteStop(true);
    }

    private static void answer(Exchange exchange, int status, String body) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "application/json");
        out.setBody(body);
    }

    /** A path or message with OUT's absolute path taken out: an answer names files relative to OUT. */
    private String relative(String text) {
        return text.replace(out + java.io.File.separator, "").replace(out.toString(), ".");
    }

    private static void cleanUp(Exchange exchange) throws IOException {
        Path folder = exchange.getProperty(FOLDER, Path.class);
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A plain file name (letters, digits, space, dot, dash, underscore; not starting with a dot), else the default. */
    static String safeName(String name, String otherwise) {
        if (name == null || name.isBlank()) {
            return otherwise;
        }
        // letters and digits of any script and spaces are kept: names arrive as UTF-8 and are written as UTF-8
        String clean = name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        return clean.isEmpty() || clean.startsWith(".") ? otherwise : clean;
    }
}
