package io.claimgate.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimgate.codes.EmReferenceTable;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.FileHistory;
import io.claimgate.edit.api.Profile;
import io.claimgate.intake.HistoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * em-mix-review over the store's history (issue 13): the provider's services of earlier files inside the window
 * count, those outside do not; the level-4+5 share has its own 95th-percentile edge; the reference table, loaded or
 * not; a partner profile turns the signal off while the counts are still kept.
 */
class EmMixHistoryTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 20);
    static final String FM = "207Q00000X";

    @RegisterExtension
    final HistoryStore store = new HistoryStore();

    private static void visits(EmMixReview mix, String npi, String taxonomy, LocalDate date, int total, int high,
            String highCode) {
        for (int i = 0; i < total; i++) {
            mix.add(npi, taxonomy, i < high ? highCode : "99213", date);
        }
    }

    /** A committed earlier file: 19 peers (level 5 on 1..19% of 100 visits) and 60 visits of X, 48 at level 5. */
    private void earlierFile(LocalDate xDate) {
        EmMixReview a = new EmMixReview(store.history().excluding("file-a"), null);
        for (int p = 1; p <= 19; p++) {
            visits(a, "PEER" + p, FM, DAY.minusDays(10), 100, p, "99215");
        }
        visits(a, "X", FM, xDate, 60, 48, "99215");
        assertEquals(List.of(), a.signals(), "60 services are not enough");
        store.history().record("file-a", new FileHistory(a.dayCounts(), List.of()), DAY.minusDays(10));
    }

    private List<EmMixReview.Signal> laterFile(EmReferenceTable reference) {
        EmMixReview b = new EmMixReview(store.history().excluding("file-b"), reference);
        visits(b, "X", FM, DAY, 40, 32, "99215");
        return b.signals();
    }

    @Test
    void servicesOfAnEarlierFileInsideTheWindowMakeTheHundred() {
        earlierFile(DAY.minusDays(89));
        List<EmMixReview.Signal> s = laterFile(null);
        assertEquals(List.of("X"), s.stream().map(EmMixReview.Signal::npi).toList(), "peers are in the history");
        assertEquals(100, s.get(0).services());
        assertEquals(0.8, s.get(0).share5(), 1e-9);
        assertEquals(19, s.get(0).peers());
        assertEquals(0.19, s.get(0).peerP95(), 1e-9);
        assertEquals(DAY.minusDays(89), s.get(0).from());
        assertEquals(DAY, s.get(0).to());
        assertNull(s.get(0).reference());
    }

    @Test
    void servicesOneDayBeforeTheWindowDoNotCount() {
        earlierFile(DAY.minusDays(90));
        assertEquals(List.of(), laterFile(null), "40 services in the window");
    }

    @Test
    void theLevel45ShareHasItsOwn95thPercentileEdge() {
        for (int x : new int[] {19, 20}) {
            EmMixReview mix = new EmMixReview();
            for (int p = 1; p <= 19; p++) {
                visits(mix, "PEER" + p, FM, DAY, 100, p, "99214");
            }
            visits(mix, "X", FM, DAY, 100, x, "99214");
            List<String> flagged = mix.signals().stream().map(EmMixReview.Signal::npi).toList();
            assertEquals(x == 19 ? List.of() : List.of("X"), flagged, "levels 4+5 on " + x + "%, p95 19%");
        }
    }

    @Test
    void theReferenceTableOfTheTaxonomyElseTheNationalRowIsCarried() {
        earlierFile(DAY.minusDays(1));
        EmReferenceTable table = EmReferenceTable.parse("taxonomy,hcpcs,services\n207Q00000X,99215,10\n"
                + "207Q00000X,99214,30\n207Q00000X,99213,60\n207Q00000X,99499,5\nALL,99215,1\nALL,99213,3\n",
                "em_reference_cy2024.csv").orElseThrow();
        EmMixReview.Signal s = laterFile(table).get(0);
        assertEquals("207Q00000X", s.reference().group());
        assertEquals(100, s.reference().services(), 1e-9, "99499 is not an office visit");
        assertEquals(0.1, s.reference().share5(), 1e-9);
        assertEquals(0.4, s.reference().share45(), 1e-9);
        assertTrue(s.message().contains("em_reference_cy2024.csv (CY2024, group 207Q00000X) shows 10.0% at level 5"),
                s.message());
        assertEquals(0.25, table.mix("208D00000X").orElseThrow().share5(), 1e-9, "another taxonomy: ALL");
    }

    @Test
    void aFileWithoutTheColumnsIsNoReferenceTable() {
        assertTrue(EmReferenceTable.parse("rndrng_prvdr_type,mix_99215\nCardiology,0.1\n", "em_mix.csv").isEmpty());
    }

    @Test
    void cmsNationalTotalsReadAsPublished() throws Exception {
        Path file = Path.of("../shared/reference/em-benchmarks/em_national_totals_cy2023_puf.csv");
        assumeTrue(Files.exists(file), "../shared/reference not present");
        EmReferenceTable t = EmReferenceTable.parse(Files.readString(file, StandardCharsets.UTF_8),
                file.getFileName().toString()).orElseThrow();
        assertEquals("CY2023", t.year());
        EmReferenceTable.Mix all = t.mix(FM).orElseThrow();
        assertEquals(211_028_826.1, all.services(), 0.5);
        assertEquals(0.0642, all.share5(), 1e-4);
        assertEquals(0.5889, all.share45(), 1e-4);
    }

    @Test
    void aPartnerProfileTurnsTheSignalOffAndTheCountsAreStillKept() {
        EmMixReview peers = new EmMixReview();
        for (int p = 1; p <= 19; p++) {
            visits(peers, "PEER" + p, "", DAY, 100, p, "99215");
        }
        store.history().record("peers", new FileHistory(peers.dayCounts(), List.of()), DAY);
        Test837.Claim c1 = Test837.claim("C-1").dx("ABK:J069");
        Test837.Claim c2 = Test837.claim("C-2").dx("ABK:J069");
        for (int i = 0; i < 50; i++) {
            c1.line("HC:99215", "1", "20261020");
            c2.line("HC:99215", "1", "20261020");
        }
        FileEditor on = fileEditor(ProfileSet.none());
        FileEditor off = fileEditor(ProfileSet.of(Map.of("CLINIC01", Profile.parse("CLINIC01",
                props("rule.em-mix-review", "off"), Set.of("em-mix-review")))));
        for (ClaimResult r : Test837.edit(Test837.file("CLINIC01", c1, c2), ClaimEditor.standard())) {
            on.edit(r);
            off.edit(r);
        }
        assertEquals(List.of("1234567893"), on.emMix().signals().stream().map(EmMixReview.Signal::npi).toList());
        assertEquals(List.of(), off.emMix().signals());
        assertEquals(100, off.history().emServices().stream().mapToInt(e -> e.services()).sum(),
                "the store still learns the provider's services");
    }

    private FileEditor fileEditor(ProfileSet profiles) {
        return new ClaimEditor(RuleCatalog.rules(), null, profiles).forFile(new EditContext(Test837.TODAY),
                store.history());
    }

    static Properties props(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return p;
    }
}
