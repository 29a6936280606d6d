package io.claimgate.route;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.commit.Disposition;
import io.claimgate.commit.JournalEntry;
import io.claimgate.intake.ProcessedFileStore;
import io.claimgate.commit.OutputLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where the web console reads from, and the only class that knows: the processed-file store's journal (one entry per
 * file outcome) and each processed file's reports/S.json (counts, rejections by rule and billing provider, claim ids
 * for search). A later store in a database replaces this class alone. Report summaries are cached by stem (a
 * committed report never changes); claim-id search streams the reports and keeps nothing.
 */
public final class ConsoleData {

    /** Files a search or chart looks at, newest first: a console answers quickly rather than exhaustively. */
    static final int SCANNED = 500;
    private static final Pattern SAFE_STEM = Pattern.compile("[A-Za-z0-9._-]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputLayout layout;
    private final ProcessedFileStore store;
    private final Map<String, Summary> summaries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Summary> eldest) {
            return size() > 2 * SCANNED;
        }
    });

    /** One file as the console lists it. {@code summary} is empty for files that were not processed. */
    public record FileRow(JournalEntry entry, Instant time, Summary summary) {
        public boolean hasPage() {
            return summary.claims() >= 0 && entry.outcome() == Disposition.PROCESSED;
        }
    }

    /** What a processed file's report says: claims, accepted, rejected (-1 when unknown), rejections by key. */
    public record Summary(int claims, int accepted, int rejected, List<String> interchanges,
            Map<String, Integer> byRule, Map<String, Integer> byProvider) {
        static final Summary NONE = new Summary(-1, -1, -1, List.of(), Map.of(), Map.of());
    }

    /** Issue 13: each report's analytics, cached by stem like the summaries (a committed report never changes). */
    private final Map<String, ReportAnalytics> analytics = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ReportAnalytics> eldest) {
                    return size() > 2 * SCANNED;
                }
            });

    public ConsoleData(OutputLayout layout, ProcessedFileStore store) {
        this.layout = layout;
        this.store = store;
    }

    /** The most recent file outcomes, newest first. */
    public List<FileRow> recent(int limit) {
        List<FileRow> rows = new ArrayList<>();
        for (JournalEntry e : store.recent(limit)) {
            rows.add(row(e));
        }
        return rows;
    }

    /** Files whose name contains the text, whose ISA13 is it, or (processed files) holding a claim with that CLM01. */
    public List<FileRow> search(String text) {
        String q = text.trim();
        List<FileRow> found = new ArrayList<>();
        if (q.isEmpty()) {
            return found;
        }
        for (FileRow row : recent(SCANNED)) {
            JournalEntry e = row.entry();
            boolean byName = e.input() != null && e.input().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
            boolean byIsa = q.equals(e.isa13()) || row.summary().interchanges().contains(q);
            if (byName || byIsa || (row.hasPage() && reportHasClaim(e.stem(), q))) {
                found.add(row);
            }
        }
        return found;
    }

    /** Rejected claims per rule (or per billing provider NPI) over the files processed since {@code from}. */
    public Map<String, Integer> rejections(Instant from, boolean byProvider) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FileRow row : recent(SCANNED)) {
            if (row.time().isBefore(from)) {
                break;
            }
            (byProvider ? row.summary().byProvider() : row.summary().byRule())
                    .forEach((k, v) -> counts.merge(k, v, Integer::sum));
        }
        return counts;
    }

    /** Issue 13: the analytics of the files processed since {@code from}, newest first. */
    public List<ReportAnalytics> analytics(Instant from) {
        List<ReportAnalytics> list = new ArrayList<>();
        for (FileRow row : recent(SCANNED)) {
            if (row.time().isBefore(from)) {
                break;
            }
            if (row.hasPage()) {
                list.add(analytics.computeIfAbsent(row.entry().stem(), stem -> ReportAnalytics.read(stem,
                        layout.reports().resolve(stem + ".json"), row.time())));
            }
        }
        return list;
    }

    /** Issue 13: one processed file's analytics, when the name is a plain stem and its report exists. */
    public Optional<ReportAnalytics> fileAnalytics(String stem) {
        Path report = layout.reports().resolve(stem + ".json");
        if (!SAFE_STEM.matcher(stem).matches() || !Files.isRegularFile(report)) {
            return Optional.empty();
        }
        return Optional.of(ReportAnalytics.read(stem, report, Instant.EPOCH));
    }

    /** reports/S.html of a processed file, when the name is a plain stem and the page exists. */
    public Optional<Path> page(String stem) {
        if (!SAFE_STEM.matcher(stem).matches()) {
            return Optional.empty();
        }
        Path page = layout.reports().resolve(stem + ".html");
        return Files.isRegularFile(page) ? Optional.of(page) : Optional.empty();
    }

    private FileRow row(JournalEntry e) {
        Instant time = e.time() == null ? Instant.EPOCH : Instant.parse(e.time());
        Summary s = e.outcome() == Disposition.PROCESSED && e.stem() != null && SAFE_STEM.matcher(e.stem()).matches()
                ? summaries.computeIfAbsent(e.stem(), this::summary) : Summary.NONE;
        return new FileRow(e, time, s);
    }

    private Summary summary(String stem) {
        Path report = layout.reports().resolve(stem + ".json");
        if (!Files.isRegularFile(report)) {
            return Summary.NONE;
        }
        List<String> interchanges = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(report.toFile())) {
            JsonNode totals = null;
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.getParsingContext().getParent() != null
                        && p.getParsingContext().getParent().inRoot()) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("totals")) {
                        totals = p.readValueAsTree();
                    } else if (field.equals("interchanges")) {
                        JsonNode list = p.readValueAsTree();
                        list.forEach(i -> interchanges.add(i.path("control").asText()));
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (totals == null) {
                return Summary.NONE;
            }
            return new Summary(totals.path("claims").asInt(), totals.path("accepted").asInt(),
                    totals.path("rejected").asInt(), interchanges, counts(totals.path("rejectedByRule")),
                    counts(totals.path("rejectedByBillingProvider")));
        } catch (IOException e) {
            return Summary.NONE;
        }
    }

    private static Map<String, Integer> counts(JsonNode node) {
        Map<String, Integer> m = new TreeMap<>();
        node.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asInt()));
        return m;
    }

    /** Streams reports/S.json for a claim id (CLM01), without keeping the claims. */
    private boolean reportHasClaim(String stem, String clm01) {
        try (JsonParser p = JSON.getFactory().createParser(layout.reports().resolve(stem + ".json").toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("id")
                        && p.nextToken() == JsonToken.VALUE_STRING && p.getText().equals(clm01)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
