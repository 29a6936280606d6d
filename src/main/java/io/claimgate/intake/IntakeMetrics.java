package io.claimgate.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.claimgate.commit.Disposition;
import io.claimgate.edit.ClaimStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * claimgate's own Prometheus metrics, on the Micrometer registry Camel exposes at /observe/metrics:
 * {@code claimgate_files_total{intake,outcome}} (processed, error, duplicate, interchange-duplicate),
 * {@code claimgate_claims_total{status}} (accepted, rejected), {@code claimgate_findings_total{rule}} and the
 * timer {@code claimgate_file_processing_seconds{intake}}. Without a registry (process, replay) it does nothing.
 */
public final class IntakeMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeMetrics.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Supplier<MeterRegistry> registry;

    public IntakeMetrics(Supplier<MeterRegistry> registry) {
        this.registry = registry;
    }

    /** Counts one committed outcome; the findings come from the file's committed report. */
    public void outcome(String intake, Disposition outcome, int accepted, int rejected, Path report,
            long startNanos) {
        MeterRegistry r = registry.get();
        if (r == null) {
            return;
        }
        r.counter("claimgate.files", "intake", intake, "outcome", outcome.jsonName()).increment();
        if (accepted > 0) {
            r.counter("claimgate.claims", "status", ClaimStatus.ACCEPTED.jsonName()).increment(accepted);
        }
        if (rejected > 0) {
            r.counter("claimgate.claims", "status", ClaimStatus.REJECTED.jsonName()).increment(rejected);
        }
        if (report != null && Files.exists(report)) {
            try {
                findingsByRule(report).forEach((rule, n) -> r.counter("claimgate.findings", "rule", rule).increment(n));
            } catch (IOException e) {
                LOG.warn("cannot count the findings in {}: {}", report.getFileName(), e.getMessage());
            }
        }
        Timer.builder("claimgate.file.processing").description("Time from arrival to committed outcome, per file")
                .tag("intake", intake).register(r).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /** Counts the "rule" fields of a report's findings (claim and line level), streaming. */
    static Map<String, Integer> findingsByRule(Path report) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (JsonParser p = JSON.createParser(report.toFile())) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.FIELD_NAME && "rule".equals(p.currentName()) && p.nextToken()
                        == JsonToken.VALUE_STRING) {
                    counts.merge(p.getText(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
