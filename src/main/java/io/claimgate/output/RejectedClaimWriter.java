package io.claimgate.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimgate.edit.ClaimResult;
import io.claimgate.x12.Segment;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes rejected/S.json: every rejected claim with CLM01, charge, its original segments (so the billing team can
 * see exactly what was sent) and all its findings, claim- and line-level.
 */
public final class RejectedClaimWriter implements Closeable {

    private final JsonGenerator g;
    private int written;

    public RejectedClaimWriter(Writer out, String inputName) {
        try {
            g = FindingJson.open(out, inputName);
            g.writeArrayFieldStart("claims");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void claim(ClaimResult result) {
        try {
            written++;
            g.writeStartObject();
            g.writeStringField("id", result.claim().id());
            FindingJson.writeCharge(g, result);
            g.writeStringField("transaction", result.claim().raw().transaction().controlNumber());
            g.writeArrayFieldStart("segments");
            for (Segment s : result.claim().segments()) {
                g.writeString(s.raw());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("loops");
            for (io.claimgate.claim.ClaimLoop loop : result.claim().loops()) {
                g.writeStartObject();
                g.writeStringField("loop", loop.id());
                if (loop.line() > 0) {
                    g.writeNumberField("line", loop.line());
                }
                g.writeNumberField("from", loop.first().position());
                g.writeNumberField("segments", loop.segments().size());
                g.writeEndObject();
            }
            g.writeEndArray();
            FindingJson.endClaim(g, result.findings(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}
