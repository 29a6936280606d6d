package io.claimgate.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.RawClaim;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.x12.SegmentReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim pass asks pass 1's verdicts by envelope. Interchanges that repeat each other's ISA13, GS06 and ST02
 * must still get their own verdicts: the sound one is processed, the one its TA1 rejects is not.
 */
class StructureVerdictsTest {

    @TempDir
    Path tmp;

    @Test
    void interchangesWithTheSameControlNumbersGetTheirOwnVerdicts() throws Exception {
        String clean = Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1);
        String broken = clean.replace("*000000201*", "*000000203*") // TA1 001: IEA02 is not ISA13
                .replace("IEA*1*000000201", "IEA*1*000000999");
        // each copy keeps GS06 and ST02 but takes its own ISA13: a repeated ISA13 is itself a TA1 025
        String third = clean.replace("*000000201*", "*000000202*").replace("IEA*1*000000201", "IEA*1*000000202");
        String text = clean + broken + third;
        Path file = Files.writeString(tmp.resolve("three.837"), text, StandardCharsets.ISO_8859_1);

        StructureVerdicts verdicts = new StructureScanner(ImplementationMap.professional837()).verdicts(file);

        List<String> seen = new ArrayList<>();
        EnvelopeHandler probe = new EnvelopeHandler() {
            @Override
            public void claim(RawClaim claim) {
                seen.add(claim.clm().element(1) + ":" + verdicts.interchangeAccepted(claim.transaction().interchange())
                        + "/" + verdicts.transactionAccepted(claim.transaction()));
            }
        };
        try (SegmentReader segments = new SegmentReader(new StringReader(text))) {
            new InterchangeReader(segments, probe).read();
        }
        List<String> claims = List.of("CLEAN-1001", "CLEAN-1002", "CLEAN-1003");
        List<String> expected = new ArrayList<>();
        for (String verdict : List.of("true/true", "false/false", "true/true")) {
            claims.forEach(id -> expected.add(id + ":" + verdict));
        }
        assertEquals(expected, seen);
        assertEquals("001", verdicts.structure().interchange(1).ta1Note().code());
    }
}
