package io.claimgate.route;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The web console's handler (camel-routes/console.yaml, GET /ui on the embedded HTTP server): {@code /ui} the
 * console page ({@code ?q=} search, {@code ?days=1|7|30} chart period), {@code /ui/reports/S.html} a file's page.
 * Only the HTML pages are served: the 837s, 277CAs and rejected claims hold patient data and stay on disk.
 */
public final class Console {

    /** Rows on the console page. */
    static final int RECENT = 100;
    /** No script, no external resource: inline styles and inline SVG only. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'";

    private final ConsoleData data;
    private final Clock clock;

    public Console(ConsoleData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public void handle(Exchange exchange) throws IOException {
        Message in = exchange.getMessage();
        String uri = in.getHeader(Exchange.HTTP_URI, "/ui", String.class);
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        String query = in.getHeader(Exchange.HTTP_QUERY, "", String.class);
        in.removeHeaders("*"); // request headers (query parameters among them) are not echoed back
        in.setHeader("Content-Security-Policy", POLICY);
        in.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        if (path.equals("/ui") || path.equals("/ui/")) {
            in.setBody(home(param(query, "q").orElse(""), param(query, "days").orElse("7")));
        } else if (path.startsWith("/ui/export/") && path.endsWith(".csv")) {
            String name = path.substring("/ui/export/".length(), path.length() - ".csv".length());
            int days = days(param(query, "days").orElse("30"));
            Optional<String> csv = ConsoleExports.period(name, analytics(days));
            csv.ifPresentOrElse(text -> csv(in, name + "-" + days + "d.csv", text), () -> notFound(in));
        } else if (path.startsWith("/ui/reports/") && path.endsWith(".analytics.csv")) {
            String stem = path.substring("/ui/reports/".length(), path.length() - ".analytics.csv".length());
            data.fileAnalytics(stem).ifPresentOrElse(r -> csv(in, stem + ".analytics.csv", ConsoleExports.file(r)),
                    () -> notFound(in));
        } else if (path.startsWith("/ui/reports/") && path.endsWith(".html")) {
            String stem = path.substring("/ui/reports/".length(), path.length() - ".html".length());
            Optional<Path> page = data.page(stem);
            if (page.isPresent()) {
                in.setBody(Files.newInputStream(page.get()));
            } else {
                notFound(in);
            }
        } else {
            notFound(in);
        }
    }

    private String home(String q, String daysText) {
        int days = days(daysText);
        var from = clock.instant().minus(Duration.ofDays(days));
        var rows = q.isBlank() ? data.recent(RECENT) : data.search(q);
        return ConsolePage.home(rows, q, days, data.rejections(from, false), data.rejections(from, true),
                ConsoleAnalyticsPage.section(analytics(days), days));
    }

    /** The chart and export period: 1, 7 or 30 days; 7 for anything else. */
    private static int days(String text) {
        return switch (text) {
            case "1" -> 1;
            case "30" -> 30;
            default -> 7;
        };
    }

    /** Issue 13: the reports' analytics of the last {@code days} days, added up. */
    private ConsoleAnalytics analytics(int days) {
        return ConsoleAnalytics.of(data.analytics(clock.instant().minus(Duration.ofDays(days))));
    }

    /** A CSV export as a download: same server, same authentication as the console (HttpGate). */
    private static void csv(Message in, String fileName, String text) {
        in.setHeader(Exchange.CONTENT_TYPE, "text/csv; charset=utf-8");
        in.setHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"");
        in.setBody(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void notFound(Message in) {
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
        in.setBody(ConsolePage.notFound());
    }

    /** A query parameter, decoded; the query string is parsed here so it never depends on header mapping. */
    static Optional<String> param(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
