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
 * its visits, through {@code process} over four files into the same OUT: no file alone has 100 services of a
 * provider, so the signal appears only once the store's history (em_service_day, recorded at each commit) holds
 * them, in the fourth file's report, on that provider only. A partner profile turns it off.
 */
public class EmMixProcessIT {

    static final int PROVIDERS = 20;
    static final int LINES = 30;
    public static final int FILES = 4;

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

    /**
     * File {@code f} (0-based) of the history: one claim of {@link #LINES} visits per provider, dated in October
     * 2026. Over {@link #FILES} files provider p bills level 5 on (p + 5) of its 120 visits, provider 7 on 96 (80%).
     */
    public static String history(int f) {
        List<String> tx = new ArrayList<>(List.of("ST*837*0001*005010X222A1",
                "BHT*0019*00*EMMIX" + f + "*20261120*0930*CH", "NM1*41*2*TEST BILLING*****46*SUB001",
                "PER*IC*DESK*TE*5555550100", "NM1*40*2*EXAMPLE HEALTH PLAN*****46*PAYER01"));
        int hl = 1;
        int total = FILES * LINES;
        for (int p = 0; p < PROVIDERS; p++) {
            int level5 = p == 7 ? total * 80 / 100 : p + 5;
            int billing = hl++;
            tx.addAll(List.of("HL*" + billing + "**20*1", "PRV*BI*PXC*207Q00000X",
                    "NM1*85*2*CLINIC " + p + "*****XX*" + npi(p + 100), "N3*100 MAIN STREET",
                    "N4*SPRINGFIELD*IL*627010000", "REF*EI*990000001"));
            tx.addAll(List.of("HL*" + hl++ + "*" + billing + "*22*0", "SBR*P*18*GRP100******CI",
                    "NM1*IL*1*TESTPATIENT*ALEX****MI*MBR" + p + "X" + f, "DMG*D8*19800101*F",
                    "NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*PAYER01",
                    "CLM*P" + p + "F" + f + "*" + (LINES * 100) + "***11:B:1*Y*A*Y*Y", "HI*ABK:E119"));
            for (int l = 1; l <= LINES; l++) {
                String code = f * LINES + l - 1 < level5 ? "99215" : "99213";
                tx.addAll(List.of("LX*" + l, "SV1*HC:" + code + "*100*UN*1***1",
                        "DTP*472*D8*202610" + String.format("%02d", 1 + (f * 7 + l) % 28)));
            }
        }
        tx.add("SE*" + (tx.size() + 1) + "*0001");
        String isa13 = String.format("%09d", 301 + f);
        return "ISA*00*          *00*          *ZZ*CLINIC01       *ZZ*CLAIMGATE      *261120*0930*^*00501*" + isa13
                + "*0*T*:~GS*HC*CLINIC01*CLAIMGATE*20261120*0930*" + (301 + f) + "*X*005010X222A1~"
                + String.join("~", tx) + "~GE*1*" + (301 + f) + "~IEA*1*" + isa13 + "~";
    }

    /** Runs {@code process} on one file into {@code out}, as a separate command run (a new JVM-side runtime). */
    static JsonNode process(Path tmp, Path out, String name, String content, String... options) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("in-" + name));
        Files.writeString(inbox.resolve(name + ".837"), content);
        List<String> args = new ArrayList<>(List.of("process", "--out", out.toString()));
        args.addAll(List.of(options));
        args.add(inbox.toString());
        int exit = new CommandLine(new ClaimgateCommand()).execute(args.toArray(String[]::new));
        assertEquals(0, exit, name);
        return new ObjectMapper().readTree(out.resolve("reports/" + name + ".json").toFile());
    }

    @Test
    void onlyTheProviderBilling99215On80PercentIsFlaggedOnceTheHistoryHoldsItsServices() throws Exception {
        Path out = tmp.resolve("out");
        for (int f = 0; f < FILES - 1; f++) {
            JsonNode report = process(tmp, out, "history-" + f, history(f));
            assertEquals(PROVIDERS, report.get("totals").get("accepted").asInt());
            assertEquals(0, report.get("providerReviews").size(), "file " + f + ": under 100 services each");
            assertEquals(false, report.get("emMixReference").get("loaded").asBoolean());
        }
        JsonNode report = process(tmp, out, "history-3", history(FILES - 1));
        JsonNode reviews = report.get("providerReviews");
        assertEquals(1, reviews.size(), reviews.toString());
        JsonNode r = reviews.get(0);
        assertEquals("em-mix-review", r.get("rule").asText());
        assertEquals("review", r.get("severity").asText());
        assertEquals(npi(107), r.get("npi").asText());
        assertEquals("207Q00000X", r.get("taxonomy").asText());
        assertEquals(120, r.get("services").asInt(), "30 in this file, 90 from the store");
        assertEquals(0.8, r.get("level5Share").asDouble(), 1e-9);
        assertEquals(0.8, r.get("level45Share").asDouble(), 1e-9);
        assertEquals(19, r.get("peers").asInt());
        assertEquals(90, r.get("windowDays").asInt());
        assertEquals("a statistical outlier is not evidence of wrong coding", r.get("caveat").asText());
        assertEquals("2026-07-31", r.get("from").asText());
        assertEquals("2026-10-28", r.get("to").asText());
        assertEquals(PROVIDERS, report.get("totals").get("accepted").asInt(), "review never rejects");
        assertEquals(0, report.get("totals").get("findings").asInt(), "and no duplicate-claim: other patients");

        Path profiles = Files.createDirectories(tmp.resolve("profiles"));
        Files.writeString(profiles.resolve("CLINIC01.properties"), "rule.em-mix-review = off\n");
        JsonNode quiet = process(tmp, out, "history-4", history(FILES), "--profiles", profiles.toString());
        assertEquals(0, quiet.get("providerReviews").size(), "the partner's profile turns the signal off");
        JsonNode again = process(tmp, out, "history-5", history(FILES + 1));
        assertEquals(180, again.get("providerReviews").get(0).get("services").asInt(),
                "the quiet file's services were still recorded");
    }
}
