package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.edit.rules.NpiCheckDigitRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 13 "done when": a generated history of 20 family-medicine providers, one of them billing 99215 for 80% of
 * its visits, through {@code process}: the report's providerReviews names that provider only.
 */
public class EmMixProcessIT {

    static final int PROVIDERS = 20;
    static final int CLAIMS = 3;
    static final int LINES = 40;

    @TempDir
    Path tmp;

    /** A valid NPI: 9 digits from {@code n} and the check digit that makes it pass the Luhn check. */
    public static String npi(int n) {
        String base = String.format("1%08d", n);
        for (int d = 0; d <= 9; d++) {
            if (NpiCheckDigitRule.valid(base + d)) {
                return base + d;
            }
        }
        throw new IllegalStateException(base);
    }

    /** Provider p bills level 5 on p% of its visits (5..23%), except provider 7 on 80%. */
    public static String history() {
        List<String> tx = new ArrayList<>(List.of("ST*837*0001*005010X222A1",
                "BHT*0019*00*EMMIX*20261120*0930*CH", "NM1*41*2*TEST BILLING*****46*SUB001",
                "PER*IC*DESK*TE*5555550100", "NM1*40*2*EXAMPLE HEALTH PLAN*****46*PAYER01"));
        int hl = 1;
        for (int p = 0; p < PROVIDERS; p++) {
            int level5 = p == 7 ? CLAIMS * LINES * 80 / 100 : p + 5;
            int billing = hl++;
            tx.addAll(List.of("HL*" + billing + "**20*1", "PRV*BI*PXC*207Q00000X",
                    "NM1*85*2*CLINIC " + p + "*****XX*" + npi(p + 100), "N3*100 MAIN STREET",
                    "N4*SPRINGFIELD*IL*627010000", "REF*EI*990000001"));
            int visit = 0;
            for (int c = 0; c < CLAIMS; c++) {
                tx.addAll(List.of("HL*" + hl++ + "*" + billing + "*22*0", "SBR*P*18*GRP100******CI",
                        "NM1*IL*1*TESTPATIENT*ALEX****MI*MBR" + p + "X" + c, "DMG*D8*19800101*F",
                        "NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*PAYER01",
                        "CLM*P" + p + "C" + c + "*" + (LINES * 100) + "***11:B:1*Y*A*Y*Y", "HI*ABK:E119"));
                for (int l = 1; l <= LINES; l++) {
                    String code = visit++ < level5 ? "99215" : "99213";
                    tx.addAll(List.of("LX*" + l, "SV1*HC:" + code + "*100*UN*1***1",
                            "DTP*472*D8*202610" + String.format("%02d", 1 + (c + l) % 28)));
                }
            }
        }
        tx.add("SE*" + (tx.size() + 1) + "*0001");
        return "ISA*00*          *00*          *ZZ*CLINIC01       *ZZ*CLAIMGATE      *261120*0930*^*00501*000000301*0*T*:~"
                + "GS*HC*CLINIC01*CLAIMGATE*20261120*0930*301*X*005010X222A1~" + String.join("~", tx)
                + "~GE*1*301~IEA*1*000000301~";
    }

    @Test
    void onlyTheProviderBilling99215On80PercentIsFlagged() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("history.837"), history());
        Path out = tmp.resolve("out");
        int exit = new CommandLine(new ClaimgateCommand()).execute("process", "--out", out.toString(),
                inbox.toString());
        JsonNode report = new ObjectMapper().readTree(out.resolve("reports/history.json").toFile());
        assertEquals(PROVIDERS * CLAIMS, report.get("totals").get("claims").asInt(), "exit " + exit);
        JsonNode reviews = report.get("providerReviews");
        assertEquals(1, reviews.size(), reviews.toString());
        JsonNode r = reviews.get(0);
        assertEquals("em-mix-review", r.get("rule").asText());
        assertEquals("review", r.get("severity").asText());
        assertEquals(npi(107), r.get("npi").asText());
        assertEquals("207Q00000X", r.get("taxonomy").asText());
        assertEquals(120, r.get("services").asInt());
        assertEquals(0.8, r.get("level5Share").asDouble(), 1e-9);
        assertEquals(19, r.get("peers").asInt());
        assertEquals("a statistical outlier is not evidence of wrong coding", r.get("caveat").asText());
        assertEquals("2026-10-01", r.get("from").asText());
        assertEquals("2026-10-28", r.get("to").asText());
        assertEquals(PROVIDERS * CLAIMS, report.get("totals").get("accepted").asInt(), "review never rejects");
    }
}
