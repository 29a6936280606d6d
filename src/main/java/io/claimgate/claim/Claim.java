package io.claimgate.claim;

import io.claimgate.parse.RawClaim;
import io.claimgate.x12.Segment;
import java.math.BigDecimal;
import java.util.List;

/**
 * An 837P claim (2300 loop) with what the edits need: CLM01 id, CLM02 charge, CLM05 place of service and
 * frequency, the diagnoses, the service lines and every NPI that applies to it. {@code raw} keeps the file's
 * segments and HL context, which outputs write back unchanged.
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
        RawClaim raw) {

    public Segment clm() {
        return raw.clm();
    }

    /** The claim's own segments in file order: 2300 and its 2400 lines. */
    public List<Segment> segments() {
        List<Segment> all = new java.util.ArrayList<>(raw.claimSegments());
        all.addAll(raw.lineSegments());
        return all;
    }
}
