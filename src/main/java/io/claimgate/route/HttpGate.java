package io.claimgate.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;

/**
 * The one check in front of every request to claimgate's HTTP servers, a Vert.x handler placed first on each
 * router (before the body is read): the replay endpoint, anything else served on camel.server (the operator view),
 * and the management server's metrics. It answers in JSON ({"error", "reason"}) and never reads a body it refuses:
 * 401 without the configured credentials; for POST /api/files, 400 with an empty body, 411 without a length
 * (chunked), 413 over claimgate.http.max-body-size, 415 for multipart and form uploads (the endpoint takes the
 * file's bytes as the body). /observe/health is always open.
 *
 * <p>A request that passed carries {@link #PASSED} with this gate's nonce, so the replay endpoint can refuse one
 * that reached it before the gate was installed (the moments between the server listening and start finishing).
 */
public final class HttpGate implements Handler<RoutingContext> {

    public static final String PASSED = "X-Claimgate-Gate";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpAccess access;
    private final long maxBodySize;
    private final String nonce = UUID.randomUUID().toString();

    public HttpGate(HttpAccess access, long maxBodySize) {
        this.access = access;
        this.maxBodySize = maxBodySize;
    }

    String nonce() {
        return nonce;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.headers().remove(PASSED);
        String path = request.path();
        if (path != null && path.startsWith("/observe/health")) {
            context.next();
            return;
        }
        if (access.required() && !authorized(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            context.response().putHeader("WWW-Authenticate", access.token() != null
                    ? "Bearer realm=\"claimgate\"" : "Basic realm=\"claimgate\"");
            answer(context, 401, "unauthorized", "this server needs the credentials claimgate.auth.* configures");
            return;
        }
        if ("/api/files".equals(path) && refusedUpload(context, request)) {
            return;
        }
        request.headers().set(PASSED, nonce);
        context.next();
    }

    private boolean refusedUpload(RoutingContext context, HttpServerRequest request) {
        String type = String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            answer(context, 415, "unsupported media type", "send the file's bytes as the request body"
                    + " (curl --data-binary @FILE), not a form or multipart upload");
        } else if (length == null) {
            answer(context, 411, "length required", "send Content-Length with the file (chunked uploads are"
                    + " not taken)");
        } else if (!length.matches("[0-9]{1,18}")) {
            answer(context, 400, "bad request", "Content-Length is not a number");
        } else if (Long.parseLong(length) == 0) {
            answer(context, 400, "no body", "the request has no file: send its bytes as the body");
        } else if (Long.parseLong(length) > maxBodySize) {
            answer(context, 413, "too large", "the file has " + length + " bytes; this endpoint takes up to "
                    + maxBodySize + " (claimgate.http.max-body-size); drop bigger files in the inbox or use SFTP");
        } else {
            return false;
        }
        return true;
    }

    private boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        return access.token() != null && same(header, "Bearer " + access.token())
                || access.basic() != null && same(header, access.basic());
    }

    /** Compares in constant time, so the answer's timing says nothing about the secret. */
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the request with {"error": ..., "reason": ...}; closes the connection when a body may be on its way. */
    static void answer(RoutingContext context, int status, String error, String reason) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("error", error, "reason", reason));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
