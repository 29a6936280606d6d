package io.claimgate.route;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The bean behind {@code POST /api/files} ("httpReplay" in camel-routes/intake-http.yaml): saves the request body
 * as a file under {@code OUT/.claimgate/uploads/}, hands it to the claim-file route like any other arrival, and turns
 * the {@link FileResult} into the answer: 200 processed, 422 not X12, 409 refused as a duplicate (or a reused
 * ISA13), with the result and the report as JSON.
 *
 * <p>Query parameters: {@code name} (the file name, default {@code upload.837}), {@code force=true}, {@code partner}.
 */
public final class HttpReplay {

    private final Path uploads;

    public HttpReplay(Path uploads) {
        this.uploads = uploads;
    }

    public void receive(Exchange exchange) throws IOException {
        Message in = exchange.getMessage();
        String name = safeName(in.getHeader("name", String.class), "upload.837");
        String partner = safeName(in.getHeader("partner", String.class), null);
        boolean force = "true".equalsIgnoreCase(in.getHeader("force", String.class));
        // nothing the client sends may set claimgate's own headers
        in.removeHeaders("claimgate*");
        in.removeHeaders("CamelFile*");
        Path folder = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        Path file = folder.resolve(name);
        long received;
        try (InputStream body = in.getMandatoryBody(InputStream.class)) {
            received = Files.copy(body, file);
        } catch (org.apache.camel.InvalidPayloadException e) {
            throw new IOException("cannot read the request body", e);
        }
        // An upload cut short (client gone, server out of memory buffering it) must never be processed as if it
        // were the file: a truncated 837 would be answered for content the sender did not send.
        Long declared = in.getHeader("Content-Length", Long.class);
        if (declared != null && declared != received) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
            throw new IOException("the upload was incomplete: received " + received + " of " + declared
                    + " bytes; nothing was processed");
        }
        in.setBody(file.toFile());
        in.setHeader(ClaimFileIntake.INTAKE, "http");
        in.setHeader(ClaimFileIntake.FORCE, force);
        in.setHeader(ClaimFileIntake.PARTNER, partner);
        in.setHeader(ClaimFileIntake.KEEP_INPUT, false);
        exchange.setProperty("claimgateUploadFolder", folder);
    }

    public void respond(Exchange exchange) throws Exception {
        FileResult result = exchange.getMessage().getMandatoryBody(FileResult.class);
        int status = switch (result.disposition()) {
            case PROCESSED -> 200;
            case ERROR -> 422;
            default -> 409;
        };
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "application/json");
        out.setBody(result.toJson().toPrettyString());
        Path folder = exchange.getProperty("claimgateUploadFolder", Path.class);
        if (folder != null) {
            Files.deleteIfExists(folder);
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
