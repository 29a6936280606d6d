package io.claimgate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.ParsedSegment;
import io.claimgate.parse.RawClaim;
import io.claimgate.x12.SegmentReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every segment of a claim lands in its implementation-guide loop, on the TR3 examples of the public corpus. */
class ClaimLoopsTest {

    static final Drug DRUG = new Drug("00026063512", "10", "ML");
    static final Path STUPIDEDI = Path.of("..", "shared", "corpus", "stupidedi");

    static List<Claim> claims(Path file) throws Exception {
        List<Claim> claims = new ArrayList<>();
        EnvelopeHandler handler = new EnvelopeHandler() {
            @Override
            public void claim(RawClaim c) {
                claims.add(ClaimBuilder.build(c, c.lineSegments().stream().map(s -> new ParsedSegment(s.elements()))
                        .toList()));
            }
        };
        try (SegmentReader r = new SegmentReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1))) {
            new InterchangeReader(r, handler).read();
        }
        return claims;
    }

    static List<String> ids(Claim c) {
        return c.loops().stream().map(l -> l.line() > 0 ? l.id() + "#" + l.line() : l.id()).toList();
    }

    static Claim only(String name) throws Exception {
        assumeTrue(Files.isDirectory(STUPIDEDI), "../shared/corpus is not here");
        List<Claim> claims = claims(STUPIDEDI.resolve("X222A1_HC837_Health_Care_Claim_Professional_pass_" + name + ".edi"));
        assertEquals(1, claims.size());
        return claims.get(0);
    }

    @Test
    void coordinationOfBenefitsLoops() throws Exception {
        Claim c = only("COB-claim-from-billing-provider-to-payer-a");
        assertEquals(List.of("2300", "2310B", "2310C", "2320", "2330A", "2330B", "2400#1", "2400#2", "2400#3"), ids(c));
        assertEquals("SBR", c.loops("2320").get(0).first().id());
        assertEquals("NM1*PR", c.loops("2330B").get(0).first().raw().substring(0, 6));
    }

    @Test
    void priorPayerLineAdjudicationLoops() throws Exception {
        Claim c = only("medicare-secondary-payer-COB");
        List<String> ids = ids(c);
        assertEquals("2300", ids.get(0));
        assertEquals(true, ids.contains("2430#1"), ids.toString());
        assertEquals("SVD", c.loops("2430").get(0).first().id());
    }

    @Test
    void typedCoordinationOfBenefitsAndPriorPayerAdjudication() throws Exception {
        Claim c = only("medicare-secondary-payer-COB");
        assertEquals(List.of(new OtherSubscriber("P", "CI", "COMMERCE", "59999", new java.math.BigDecimal("80"), 0)),
                c.otherSubscribers());
        assertEquals(List.of(new LineAdjudication("59999", new java.math.BigDecimal("80"), "99203", "1", "20050128",
                2)), c.adjudications(1));
    }

    @Test
    void drugLoopUnderItsLine() throws Exception {
        Claim c = only("drug-administered-in-the-physician-office");
        assertEquals(List.of("2300", "2310B", "2400#1", "2400#2", "2410#2"), ids(c));
        assertEquals("LIN", c.loops("2410").get(0).first().id());
        assertEquals(null, c.drug(1));
        assertEquals(DRUG, c.drug(2));
    }

    @Test
    void ambulanceLocations() throws Exception {
        Claim c = only("ambulance");
        List<String> ids = ids(c);
        assertEquals(true, ids.contains("2310E") && ids.contains("2310F"), ids.toString());
        assertEquals("NM1*PW", c.loops("2310E").get(0).first().raw().substring(0, 6));
    }

    @Test
    void everySegmentIsInExactlyOneLoop() throws Exception {
        assumeTrue(Files.isDirectory(STUPIDEDI), "../shared/corpus is not here");
        try (var files = Files.list(STUPIDEDI)) {
            for (Path p : files.filter(f -> f.getFileName().toString().contains("pass_")).toList()) {
                for (Claim c : claims(p)) {
                    int inLoops = c.loops().stream().mapToInt(l -> l.segments().size()).sum();
                    assertEquals(c.segments().size(), inLoops, p.toString());
                }
            }
        }
    }
}
