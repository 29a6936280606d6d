package io.claimgate.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's analytics added up over reports, and their CSV exports, on two small hand-written reports. */
class ConsoleAnalyticsTest {

    @TempDir
    Path tmp;

    static final String DAY1 = """
            {"file":"a.837","claims":[{"id":"X"}],"providerReviews":[{"rule":"em-mix-review","npi":"111","services":120,
            "level5Share":0.8}],"analytics":{"date":"2026-11-27","partner":"P\\u00d1, \\"east\\"","charges":{"accepted":100.50,
            "rejected":20,"acceptedClaims":2,"rejectedClaims":1},"procedureMix":{"cpt-category-i":{"lines":3,"units":3,
            "charges":120.5}},"emLevels":{"111":{"taxonomy":"207Q00000X","99213":2,"99215":8},"222":{"taxonomy":
            "207Q00000X","99213":9,"99215":1},"333":{"taxonomy":"","99212":1}},"byRule":{"claim-balance":
            {"rejectedClaims":1,"reviews":0},"em-level-review":{"rejectedClaims":0,"reviews":2}},"byProvider":{"111":
            {"rejectedClaims":1,"reviews":2}},"byPartner":{"P\\u00d1, \\"east\\"":{"rejectedClaims":1,"reviews":2}}}}""";
    static final String DAY2 = """
            {"file":"b.837","analytics":{"date":"2026-11-28","partner":"none","charges":{"accepted":10,"rejected":0,
            "acceptedClaims":1,"rejectedClaims":0},"emLevels":{"222":{"taxonomy":"207Q00000X","99203":5,"99205":5}},
            "byRule":{},"byProvider":{},"byPartner":{"none":{"rejectedClaims":0,"reviews":0}}},"totals":{}}""";

    ConsoleAnalytics analytics() throws Exception {
        Files.writeString(tmp.resolve("a.json"), DAY1);
        Files.writeString(tmp.resolve("b.json"), DAY2);
        return ConsoleAnalytics.of(List.of(ReportAnalytics.read("a", tmp.resolve("a.json"), Instant.EPOCH),
                ReportAnalytics.read("b", tmp.resolve("b.json"), Instant.EPOCH)));
    }

    @Test
    void providersAreAddedUpAndComparedWithTheOthersOfTheirTaxonomy() throws Exception {
        ConsoleAnalytics a = analytics();
        List<ConsoleAnalytics.Provider> providers = a.providers();
        assertEquals(List.of("111", "222", "333"), providers.stream().map(ConsoleAnalytics.Provider::npi).toList(),
                "flagged first, then by level-5 share");
        ConsoleAnalytics.Provider flagged = providers.get(0);
        assertTrue(flagged.flagged());
        assertEquals(10, flagged.services());
        assertEquals(0.8, flagged.shares()[4], 1e-9);
        assertEquals(List.of("222"), a.peers(flagged).stream().map(ConsoleAnalytics.Provider::npi).toList());
        assertEquals(20, providers.get(1).services(), "two files");
        assertEquals(6 / 20.0, ConsoleAnalytics.pooledShares(a.peers(flagged))[4], 1e-9);
        assertEquals(2, a.peers(providers.get(2)).size(), "no taxonomy: every other provider");
    }

    @Test
    void theExportsCarryExactCountsAndQuoteWhatNeedsIt() throws Exception {
        ConsoleAnalytics a = analytics();
        String em = ConsoleExports.emLevels(a);
        assertEquals("npi,taxonomy,level1,level2,level3,level4,level5,visits,level5_share,level45_share,peers,"
                + "peers_level5_share,peers_level45_share,em_mix_review\r\n"
                + "111,207Q00000X,0,0,2,0,8,10,0.8000,0.8000,1,0.3000,0.3000,yes\r\n"
                + "222,207Q00000X,0,0,14,0,6,20,0.3000,0.3000,1,0.8000,0.8000,no\r\n"
                + "333,,0,1,0,0,0,1,0.0000,0.0000,2,0.4667,0.4667,no\r\n", em);
        String rejections = ConsoleExports.rejections(a);
        assertEquals("dimension,key,rejected_claims,review_signals\r\n"
                + "rule,claim-balance,1,0\r\nrule,em-level-review,0,2\r\nrule,em-mix-review,0,1\r\n"
                + "provider,111,1,3\r\n"
                + "partner,\"P\u00d1, \"\"east\"\"\",1,3\r\npartner,none,0,0\r\n", rejections);
        assertEquals("date,files,accepted_claims,accepted_charges,rejected_claims,rejected_charges\r\n"
                + "2026-11-27,1,2,100.50,1,20.00\r\n2026-11-28,1,1,10.00,0,0.00\r\n", ConsoleExports.charges(a));
        assertEquals(LocalDate.of(2026, 11, 27), a.days().keySet().iterator().next());
    }

    @Test
    void aFilesCsvIsItsAnalyticsInLongForm() throws Exception {
        Files.writeString(tmp.resolve("a.json"), DAY1);
        String csv = ConsoleExports.file(ReportAnalytics.read("a", tmp.resolve("a.json"), Instant.EPOCH));
        assertTrue(csv.startsWith("section,key,field,value\r\nfile,a,date,2026-11-27\r\n"
                + "file,a,partner,\"P\u00d1, \"\"east\"\"\"\r\n"), csv);
        assertTrue(csv.contains("\r\nprocedureMix,cpt-category-i,lines,3\r\n"), csv);
        assertTrue(csv.contains("\r\nemLevels,111,99215,8\r\n"), csv);
        assertTrue(csv.contains("\r\nproviderReviews,111,services,120\r\n"), csv);
        assertTrue(csv.contains("\r\ncharges,,accepted,100.5"), csv);
        new ObjectMapper().readTree(DAY1); // the fixture itself is valid JSON
    }
}
