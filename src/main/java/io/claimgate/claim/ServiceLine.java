package io.claimgate.claim;

import io.claimgate.x12.Segment;
import java.math.BigDecimal;
import java.util.List;

/**
 * One 2400 service line, from the values Smooks parsed: LX01, the SV1 procedure composite (qualifier, code,
 * modifiers), charge, unit basis and count, place of service, diagnosis pointers, the DTP*472 date and REF*6R.
 * {@code sv1} and {@code segments} are the file's own segments, for positions and for writing the line back.
 */
public record ServiceLine(
        int number,
        String procedureQualifier,
        String procedure,
        List<String> modifiers,
        String chargeText,
        BigDecimal charge,
        String unitBasis,
        String unitsText,
        BigDecimal units,
        String placeOfService,
        List<String> diagnosisPointers,
        ServiceDate serviceDate,
        String lineControlNumber,
        Segment sv1,
        Segment serviceDateSegment,
        List<Segment> segments) {

    /** The SV101 composite as written back in a 277CA SVC01: qualifier, code and modifiers. */
    public List<String> procedureComposite() {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(procedureQualifier);
        parts.add(procedure);
        parts.addAll(modifiers);
        return parts;
    }
}
