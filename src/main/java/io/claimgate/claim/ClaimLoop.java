package io.claimgate.claim;

import io.claimgate.x12.Segment;
import java.util.List;

/**
 * One occurrence of an implementation-guide loop inside a claim: 2300 itself, 2310A-F (claim providers and
 * ambulance locations), 2320 and 2330A-G (other payers, for coordination of benefits), 2400 (a service line),
 * 2410 (drug), 2420A-H (line providers), 2430 (prior payer adjudication), 2440 (forms). {@code line} is the LX01
 * of the service line it belongs to, or 0 for claim-level loops.
 */
public record ClaimLoop(String id, int line, List<Segment> segments) {

    public Segment first() {
        return segments.get(0);
    }
}
