package io.claimgate.route;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimgate.output.CsvText;
import io.claimgate.route.ConsoleAnalytics.Counts;
import io.claimgate.route.ConsoleAnalytics.Day;
import io.claimgate.route.ConsoleAnalytics.Provider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 13: the console's CSV exports (RFC 4180, UTF-8): over a period, /ui/export/em-levels.csv,
 * /ui/export/rejections.csv and /ui/export/charges.csv; per file, /ui/reports/S.analytics.csv (the report's
 * "analytics" and "providerReviews" in long form), linked from reports/S.html.
 */
final class ConsoleExports {

    static final List<String> NAMES = List.of("em-levels", "rejections", "charges");

    private ConsoleExports() {
    }

    /** The CSV of an export name, or empty for an unknown name. */
    static Optional<String> period(String name, ConsoleAnalytics a) {
        return switch (name) {
            case "em-levels" -> Optional.of(emLevels(a));
            case "rejections" -> Optional.of(rejections(a));
            case "charges" -> Optional.of(charges(a));
            default -> Optional.empty();
        };
    }

    static String emLevels(ConsoleAnalytics a) {
        CsvText csv = new CsvText().row("npi", "taxonomy", "level1", "level2", "level3", "level4", "level5", "visits",
                "level5_share", "level45_share", "peers", "peers_level5_share", "peers_level45_share", "em_mix_review");
        for (Provider p : a.providers()) {
            List<Provider> peers = a.peers(p);
            double[] s = p.shares();
            double[] ps = ConsoleAnalytics.pooledShares(peers);
            List<Object> row = new ArrayList<>(List.of(p.npi(), p.taxonomy()));
            for (int level = 0; level < 5; level++) {
                row.add(p.levels[level]);
            }
            row.addAll(List.of(p.services(), share(s[4]), share(s[3] + s[4]), peers.size(), share(ps[4]),
                    share(ps[3] + ps[4]), p.flagged() ? "yes" : "no"));
            csv.row(row);
        }
        return csv.toString();
    }

    static String rejections(ConsoleAnalytics a) {
        CsvText csv = new CsvText().row("dimension", "key", "rejected_claims", "review_signals");
        for (Map.Entry<String, Map<String, Counts>> d : List.of(Map.entry("rule", a.byRule()),
                Map.entry("provider", a.byProvider()), Map.entry("partner", a.byPartner()))) {
            d.getValue().forEach((k, c) -> csv.row(d.getKey(), k, c.rejected(), c.reviews()));
        }
        return csv.toString();
    }

    static String charges(ConsoleAnalytics a) {
        CsvText csv = new CsvText().row("date", "files", "accepted_claims", "accepted_charges", "rejected_claims",
                "rejected_charges");
        for (Map.Entry<LocalDate, Day> e : a.days().entrySet()) {
            Day d = e.getValue();
            csv.row(e.getKey().toString(), d.files(), d.acceptedClaims(), cents(d.accepted()), d.rejectedClaims(),
                    cents(d.rejected()));
        }
        return csv.toString();
    }

    /** One file's analytics in long form: section, key, field, value. */
    static String file(ReportAnalytics r) {
        CsvText csv = new CsvText().row("section", "key", "field", "value");
        csv.row("file", r.stem(), "date", r.day().toString());
        csv.row("file", r.stem(), "partner", r.partner());
        r.analytics().path("charges").fields().forEachRemaining(f -> csv.row("charges", "", f.getKey(),
                f.getValue().numberValue()));
        for (String section : List.of("procedureMix", "emLevels", "byRule", "byProvider", "byPartner")) {
            r.analytics().path(section).fields().forEachRemaining(k -> k.getValue().fields().forEachRemaining(
                    f -> csv.row(section, k.getKey(), f.getKey(), value(f.getValue()))));
        }
        for (JsonNode review : r.providerReviews()) {
            for (String field : List.of("services", "level5Share", "level45Share", "peers", "peerMedian", "peerP95",
                    "from", "to", "window", "caveat")) {
                csv.row("providerReviews", review.path("npi").asText(), field, value(review.path(field)));
            }
        }
        return csv.toString();
    }

    /** Dollars with cents, as the reports write charges (Jackson may read 100.50 back as 100.5). */
    private static java.math.BigDecimal cents(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Object value(JsonNode v) {
        return v.isNumber() ? v.numberValue() : v.asText();
    }

    private static String share(double s) {
        return String.format(java.util.Locale.ROOT, "%.4f", s);
    }
}
