package io.claimgate.claim;

import io.claimgate.parse.RawClaim;
import io.claimgate.x12.Segment;
import java.math.BigDecimal;
import java.util.List;

/**
 * An 837P claim (2300 loop) with what the edits need: CLM01 id, CLM02 charge, CLM05 place of service and
 * frequency, the diagnoses, the service lines and every NPI that applies to it; {@code loops} places every one of
 * its segments in its implementation-guide loop (2300, 2310A-F, 2320, 2330A-G, 2400, 2410, 2420A-H, 2430, 2440).
 * {@code raw} keeps the file's segments and HL context, which outputs write back unchanged.
 */
public record Claim(
        String id,
        String chargeText,
        BigDecimal charge,
        String placeOfService,
        String frequency,
        List<Diagnosis> diagnoses,
        List<ServiceLine> lines,
        List<ProviderIdentifier> providers,
        String clearinghouseTrace,
        List<ClaimLoop> loops,
        RawClaim raw) {

    public Segment clm() {
        return raw.clm();
    }

    /** Coordination of benefits: each other subscriber (2320) with its payer (2330B), in file order. */
    public List<OtherSubscriber> otherSubscribers() {
        return CoordinationOfBenefits.otherSubscribers(loops);
    }

    /** A prior payer's adjudications of service line {@code line} (2430). */
    public List<LineAdjudication> adjudications(int line) {
        return CoordinationOfBenefits.adjudications(loops, line, raw.transaction().interchange().delimiters()
                .component());
    }

    /** The drug of service line {@code line} (2410), or null. */
    public Drug drug(int line) {
        return CoordinationOfBenefits.drug(loops, line, raw.transaction().interchange().delimiters().component());
    }

    /** The loops of one kind, e.g. "2320" for the other subscribers, in file order. */
    public List<ClaimLoop> loops(String id) {
        return loops.stream().filter(l -> l.id().equals(id)).toList();
    }

    /** The loop holding the segment at this file position; "" when it is not one of the claim's segments. */
    public String loopOf(long position) {
        for (ClaimLoop loop : loops) {
            for (Segment s : loop.segments()) {
                if (s.position() == position) {
                    return loop.id();
                }
            }
        }
        return "";
    }

    /** The claim's own segments in file order: 2300 and its 2400 lines. */
    public List<Segment> segments() {
        List<Segment> all = new java.util.ArrayList<>(raw.claimSegments());
        all.addAll(raw.lineSegments());
        return all;
    }
}
