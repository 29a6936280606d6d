package io.claimgate.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimgate.codes.EmReferenceTable;
import io.claimgate.edit.EmMixReview;
import java.io.IOException;

/**
 * Issue 13, em-mix-review over the store's history: the report's fields beyond the per-file signal (all additive):
 * per signal {@code windowDays}, {@code level45PeerMedian}, {@code level45PeerP95} and {@code reference}; per file
 * {@code "emMixReference"}, said once when the file has office E/M services: the reference table loaded (source,
 * year) or that none is, so the signals compare with peers in the history only.
 */
final class EmMixJson {

    private EmMixJson() {
    }

    static void writeSignalExtras(JsonGenerator g, EmMixReview.Signal s) throws IOException {
        g.writeNumberField("windowDays", s.windowDays());
        g.writeNumberField("level45PeerMedian", s.peerMedian45());
        g.writeNumberField("level45PeerP95", s.peerP95Of45());
        EmReferenceTable.Mix ref = s.reference();
        if (ref != null) {
            g.writeObjectFieldStart("reference");
            g.writeStringField("group", ref.group());
            g.writeNumberField("services", ref.services());
            g.writeNumberField("level5Share", ref.share5());
            g.writeNumberField("level45Share", ref.share45());
            g.writeEndObject();
        }
    }

    static void writeReference(JsonGenerator g, EmMixReview review) throws IOException {
        if (!review.hasServices()) {
            return;
        }
        EmReferenceTable table = review.reference();
        g.writeObjectFieldStart("emMixReference");
        g.writeBooleanField("loaded", table != null);
        if (table != null) {
            g.writeStringField("source", table.source());
            g.writeStringField("year", table.year());
            g.writeStringField("message", "em-mix-review also compares with the E/M reference table "
                    + table.source() + " (" + table.year() + ").");
        } else {
            g.writeStringField("message", "No E/M reference table is loaded (em_*.csv in the --codesets folder):"
                    + " em-mix-review compares providers with their peers in the store's history only.");
        }
        g.writeEndObject();
    }
}
