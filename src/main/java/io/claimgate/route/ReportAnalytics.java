package io.claimgate.route;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Issue 13: what the console's analytics take from one processed file's reports/S.json, as the report wrote them:
 * its {@code "analytics"} object ({@code output.FileAnalytics}) and its {@code "providerReviews"} array (em-mix-review),
 * read by streaming the top-level fields (the claims are skipped, never kept). {@code day} is the report's processing
 * date, else the day of the journal entry (reports written before issue 13 have no analytics: empty nodes).
 */
public record ReportAnalytics(String stem, LocalDate day, String partner, JsonNode analytics,
        JsonNode providerReviews) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ReportAnalytics read(String stem, Path report, Instant committed) {
        JsonNode analytics = MissingNode.getInstance();
        JsonNode reviews = MissingNode.getInstance();
        try (JsonParser p = JSON.getFactory().createParser(report.toFile())) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("analytics")) {
                        analytics = p.readValueAsTree();
                    } else if (field.equals("providerReviews")) {
                        reviews = p.readValueAsTree();
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            // a report that cannot be read counts as one without analytics; the file list still shows the file
        }
        LocalDate day = committed.atZone(ZoneOffset.UTC).toLocalDate();
        String date = analytics.path("date").asText("");
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            day = LocalDate.parse(date);
        }
        String partner = analytics.path("partner").asText("none");
        return new ReportAnalytics(stem, day, partner, analytics, reviews);
    }
}
