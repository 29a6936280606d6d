package io.claimgate.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MueTableTest {

    @Test
    void practitionerTableQ2of2026() {
        MueTable mue = MueTable.load(SharedCodesets.file("mue/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"));
        assertEquals(15_095, mue.size());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), mue.effectiveDate());
        assertEquals(OptionalInt.of(250), mue.limit("A0425"));
        assertEquals(OptionalInt.of(1), mue.adjudicationIndicator("A0425"));
        assertEquals(OptionalInt.of(1), mue.limit("J3420"));
        assertEquals(OptionalInt.of(3), mue.adjudicationIndicator("J3420"));
        assertEquals(OptionalInt.of(2), mue.limit("99213"));
        assertEquals(OptionalInt.of(0), mue.limit("E0114"));
        MueTable.Mue first = mue.find("0001U").orElseThrow();
        assertEquals(new MueTable.Mue("0001U", 1, 2, "2 Date of Service Edit: Policy",
                "Code Descriptor / CPT Instruction"), first);
        assertEquals(OptionalInt.empty(), mue.limit("Z1234"));
        assertEquals(OptionalInt.empty(), mue.limit("HCPCS"));
    }

    @Test
    void csvWithMultiLineQuotedCellsAndCrlf() {
        String csv = "\"Copyright line one,\r\n\r\nline \"\"two\"\"\",,,\r\n"
                + "\"HCPCS/\r\nCPT Code\",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\r\n"
                + "A0425,250,1 Line Edit,Clinical: Data\r\n"
                + "J3420,1,\"3 Date of Service Edit: Clinical\",\"Prescribing, Information\"";
        MueTable mue = MueTable.parse(csv.getBytes(StandardCharsets.ISO_8859_1), null, "inline");
        assertEquals(2, mue.size());
        assertEquals(OptionalInt.of(250), mue.limit("a0425"));
        assertEquals("Prescribing, Information", mue.find("J3420").orElseThrow().rationale());
        assertEquals(OptionalInt.of(3), mue.adjudicationIndicator("J3420"));
        assertEquals(Optional.empty(), mue.effectiveDate());
    }

    @Test
    void csvParserKeepsEmbeddedNewlinesAndLineNumbers() {
        var rows = CsvParser.parse("\"a\nb\",c\nd,\"e\"\"f\"\n\n");
        assertEquals(2, rows.size());
        assertEquals("a\nb", rows.get(0).cell(0));
        assertEquals("c", rows.get(0).cell(1));
        assertEquals(3, rows.get(1).line());
        assertEquals("e\"f", rows.get(1).cell(1));
        assertThrows(IllegalArgumentException.class, () -> CsvParser.parse("\"open"));
    }

    @Test
    void rejectsANonNumericValue() {
        byte[] bad = "A0425,many,1 Line Edit,x\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(IllegalArgumentException.class, () -> MueTable.parse(bad, null, "bad"));
    }

    @Test
    void effectiveDateFromName() {
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)),
                MueTable.effectiveDateFromName("MCR_MUE_PractitionerServices_Eff_10-01-2026.csv"));
        assertEquals(Optional.empty(), MueTable.effectiveDateFromName("mue.csv"));
    }
}
