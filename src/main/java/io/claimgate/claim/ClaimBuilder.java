package io.claimgate.claim;

import io.claimgate.parse.HierarchyLevel;
import io.claimgate.parse.ParsedSegment;
import io.claimgate.parse.RawClaim;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.syntax.LoopRecognizer;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.Segment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the {@link Claim} model from a split claim and the service-line segments Smooks parsed for it. */
public final class ClaimBuilder {

    /** HI qualifiers that carry diagnoses (ICD-10-CM ABK/ABF, ICD-9-CM BK/BF); others are conditions etc. */
    private static final Set<String> DIAGNOSIS_QUALIFIERS = Set.of("ABK", "ABF", "BK", "BF");

    /** Immutable and stateless: the 837P map is data that never changes while claimgate runs. */
    private static final LoopRecognizer LOOPS = new LoopRecognizer(ImplementationMap.professional837());

    private ClaimBuilder() {
    }

    public static Claim build(RawClaim raw, List<ParsedSegment> parsedLines) {
        Delimiters d = raw.transaction().interchange().delimiters();
        char component = d.component();
        Segment clm = raw.clm();
        List<String> clm05 = clm.components(5, component);
        List<Diagnosis> diagnoses = new ArrayList<>();
        List<ProviderIdentifier> providers = new ArrayList<>();
        String trace = "";
        if (raw.billingProvider() != null) {
            collectNpis(raw.billingProvider(), providers);
        }
        for (Segment s : raw.claimSegments()) {
            if (s.is("HI")) {
                collectDiagnoses(s, d, diagnoses);
            } else if (s.is("NM1")) {
                addNpi(s, 0, providers);
            } else if (s.is("REF", "D9")) {
                trace = s.element(2);
            }
        }
        List<ServiceLine> lines = buildLines(raw.lineSegments(), parsedLines, component, providers);
        return new Claim(raw.id(), clm.element(2), decimal(clm.element(2)), part(clm05, 0), part(clm05, 2),
                List.copyOf(diagnoses), List.copyOf(lines), List.copyOf(providers), trace, loops(raw), raw);
    }

    /** Splits the claim's segments into loop occurrences; loops under a 2400 carry its LX01. */
    static List<ClaimLoop> loops(RawClaim raw) {
        List<Segment> all = new ArrayList<>(raw.claimSegments());
        all.addAll(raw.lineSegments());
        List<LoopRecognizer.Occurrence> occurrences = LOOPS.occurrences(all);
        List<ClaimLoop> loops = new ArrayList<>(occurrences.size());
        int line = 0;
        for (int i = 0; i < occurrences.size(); i++) {
            LoopRecognizer.Occurrence o = occurrences.get(i);
            int end = i + 1 < occurrences.size() ? occurrences.get(i + 1).start() : all.size();
            if (o.loopId().equals("2400")) {
                line = parseInt(all.get(o.start()).element(1));
            } else if (!o.loopId().startsWith("24")) {
                line = 0;
            }
            loops.add(new ClaimLoop(o.loopId(), line, List.copyOf(all.subList(o.start(), end))));
        }
        return List.copyOf(loops);
    }

    private static void collectNpis(HierarchyLevel level, List<ProviderIdentifier> providers) {
        for (Segment s : level.segments()) {
            if (s.is("NM1")) {
                addNpi(s, 0, providers);
            }
        }
    }

    private static void addNpi(Segment nm1, int line, List<ProviderIdentifier> providers) {
        if ("XX".equals(nm1.element(8))) {
            providers.add(new ProviderIdentifier(nm1.element(1), nm1.element(9), nm1, line));
        }
    }

    private static void collectDiagnoses(Segment hi, Delimiters d, List<Diagnosis> diagnoses) {
        for (int i = 1; i <= hi.elementCount(); i++) {
            List<String> parts = hi.components(i, d.component());
            String qualifier = part(parts, 0);
            if (DIAGNOSIS_QUALIFIERS.contains(qualifier)) {
                diagnoses.add(new Diagnosis(diagnoses.size() + 1, qualifier, part(parts, 1), hi));
            }
        }
    }

    private static List<ServiceLine> buildLines(List<Segment> segments, List<ParsedSegment> parsed, char component,
            List<ProviderIdentifier> providers) {
        List<ServiceLine> lines = new ArrayList<>();
        LineDraft draft = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment original = segments.get(i);
            ParsedSegment p = parsed.get(i);
            switch (p.id()) {
                case "LX" -> {
                    if (draft != null) {
                        lines.add(draft.build());
                    }
                    draft = new LineDraft(parseInt(p.element(1)), component);
                }
                case "SV1" -> {
                    draft.sv1 = original;
                    draft.sv1Parsed = p;
                }
                case "DTP" -> {
                    if (p.is("DTP", "472") && draft.date == null) {
                        draft.date = new ServiceDate(p.element(2), p.element(3));
                        draft.dateSegment = original;
                    }
                }
                case "REF" -> {
                    if (p.is("REF", "6R")) {
                        draft.controlNumber = p.element(2);
                    }
                }
                case "NM1" -> addNpi(original, draft.number, providers);
                default -> { }
            }
            draft.segments.add(original);
        }
        if (draft != null) {
            lines.add(draft.build());
        }
        return lines;
    }

    private static final class LineDraft {
        final int number;
        final List<Segment> segments = new ArrayList<>();
        Segment sv1;
        ParsedSegment sv1Parsed;
        ServiceDate date;
        Segment dateSegment;
        String controlNumber = "";
        final char component;

        LineDraft(int number, char component) {
            this.number = number;
            this.component = component;
        }

        ServiceLine build() {
            ParsedSegment p = sv1Parsed != null ? sv1Parsed : new ParsedSegment(new String[] {"SV1"});
            List<String> procedure = Segment.splitComponents(p.element(1), component);
            List<String> modifiers = procedure.size() > 2
                    ? List.copyOf(procedure.subList(2, Math.min(6, procedure.size()))) : List.of();
            return new ServiceLine(number, part(procedure, 0), part(procedure, 1), modifiers, p.element(2),
                    decimal(p.element(2)), p.element(3), p.element(4), decimal(p.element(4)), p.element(5),
                    Segment.splitComponents(p.element(7), component), date, controlNumber, sv1, dateSegment,
                    List.copyOf(segments));
        }
    }

    static String part(List<String> parts, int i) {
        return i < parts.size() ? parts.get(i) : "";
    }

    /** X12 R (decimal) values: "100" and "100.00" are the same amount; null when not a number. */
    public static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
