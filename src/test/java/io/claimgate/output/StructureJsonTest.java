package io.claimgate.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.process.StructureScanner;
import io.claimgate.syntax.ElementNames;
import io.claimgate.syntax.ImplementationMap;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 5: every 999/TA1 code in reports/S.json beside its text, the element's name and the bad value. */
class StructureJsonTest {

    @TempDir
    Path tmp;

    private JsonNode report(String text) throws Exception {
        Path file = Files.writeString(tmp.resolve("case.837"), text, StandardCharsets.ISO_8859_1);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FindingJson.open(out, "case.837")) {
            new StructureJson(g).write(new StructureScanner(ImplementationMap.professional837()).scan(file));
            g.writeEndObject();
        }
        return new ObjectMapper().readTree(out.toString());
    }

    private static String clean() throws Exception {
        return Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1);
    }

    @Test
    void anElementErrorIsReportedWithTheTextsOfItsCodesTheElementsNameAndTheBadValue() throws Exception {
        JsonNode set = report(clean().replace("CLM*CLEAN-1001*140***11:B:1*Y*", "CLM*CLEAN-1001*140***11:B:1*Q*"))
                .get("interchanges").get(0).get("groups").get(0).get("transactions").get(0);
        assertEquals(List.of("R", "Rejected"), List.of(set.get("ik5").asText(), set.get("ik5Text").asText()));
        assertEquals("One or More Segments in Error", set.get("texts").get(0).asText());
        JsonNode error = set.get("errors").get(0);
        assertEquals(List.of("8", "Segment Has Data Element Errors", "CLEAN-1001"), List.of(error.get("ik3").asText(),
                error.get("ik3Text").asText(), error.get("claim").asText()));
        JsonNode element = error.get("elements").get(0);
        assertEquals(List.of("7", "Invalid Code Value", "Q"), List.of(element.get("ik4").asText(),
                element.get("ik4Text").asText(), element.get("value").asText()));
        assertTrue(element.get("name").asText().startsWith("CLM06"), element.toString());
    }

    @Test
    void a4010InterchangeAndAn837iGroupSayInWordsThatOnly837pIsRead() throws Exception {
        JsonNode v4010 = report(clean().replace("*00501*", "*00401*")).get("interchanges").get(0);
        assertEquals("003", v4010.get("ta1").asText());
        assertTrue(v4010.get("reason").asText().contains("claimgate reads only 837P professional claims, 005010X222A1"),
                v4010.toString());

        JsonNode i837 = report(clean().replace("005010X222A1", "005010X223A2")).get("interchanges").get(0)
                .get("groups").get(0);
        assertEquals(List.of("R", "Functional Group Version Not Supported"), List.of(i837.get("ak9").asText(),
                i837.get("texts").get(0).asText()));
        assertEquals("group GS01 'HC', GS08 '005010X223A2' is not 837P: claimgate reads only 837P professional claims,"
                + " 005010X222A1", i837.get("reason").asText());
    }

    @Test
    void elementNamesComeFromTheElementDataWithTheReferenceAsFallback() throws Exception {
        ElementNames names = ElementNames.read(new StringReader(String.join("\n",
                "el   2400   SV1 ER,HC,IV,WK SV101-01 235   R ID   2   2 ER,HC,IV,WK              "
                        + "Product or Service ID Qualifier",
                "el   2010AA NM1 85          NM103    1035  R AN   1  60 -          Billing Provider Last or Organizational Name",
                "el   2010BA NM1 IL          NM103    1035  R AN   1  60 -          Subscriber Last Name")));
        assertEquals("SV101-1 Product or Service ID Qualifier", names.describe("2400", "SV1", "1:1"));
        assertEquals("NM103 Subscriber Last Name", names.describe("2010BA", "NM1", "3"));
        assertEquals("NM103 Billing Provider Last or Organizational Name", names.describe("2330A", "NM1", "3"),
                "another loop: the first name the data gives for the segment");
        assertEquals("CLM06", names.describe("2300", "CLM", "6"));
    }
}
