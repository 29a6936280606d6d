package io.claimgate.process.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimgate.edit.api.Finding;
import java.util.List;

/**
 * What goes over Kafka, as Jackson records of their own so the model keeps its shape. A request is one batch of
 * claims of one transaction set with everything a worker needs to build them as the reading node did: the
 * interchange's delimiters and ISA, the set's header, the HL levels (each once, claims point at them by index) and
 * every segment with its position in the file. A reply is, per claim and in batch order, the service-line segments
 * Smooks delivered and the edits' findings. Keys are "file id:sequence" (a random UUID per file), never a claim or
 * patient value; nothing goes in Kafka headers.
 */
final class WireBatch {

    private WireBatch() {
    }

    /** A segment from the file: its elements are its text split on the element separator. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Seg(String r, long p, String[] e) {
    }

    record Level(Seg hl, List<Seg> segments) {
    }

    /** One claim: indexes into the request's levels (-1: no patient level), its claim and service-line segments. */
    record Claim(int provider, int subscriber, int patient, List<Seg> claim, List<Seg> lines) {
    }

    record Request(String file, long seq, String today, String delimiters, Seg isa, Seg gs, Seg st, List<Seg> header,
            List<Level> levels, List<Claim> claims) {
    }

    record Notice(String system, String kind, String date, String period) {
    }

    record Result(List<String[]> parsed, List<Finding> findings, String profile, List<Notice> notices) {
    }

    record Reply(String file, long seq, List<Result> results) {
    }
}
