package io.claimgate.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmMixReviewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    /** {@code level5} visits of 99215 and the rest 99213, over consecutive days. */
    private static void visits(EmMixReview mix, String npi, String taxonomy, int total, int level5) {
        for (int i = 0; i < total; i++) {
            mix.add(npi, taxonomy, i < level5 ? "99215" : "99213", DAY.plusDays(i % 30));
        }
    }

    /** 19 peers with level-5 shares 1%, 2% ... 19% of 100 visits each. */
    private static EmMixReview peers() {
        EmMixReview mix = new EmMixReview();
        for (int p = 1; p <= 19; p++) {
            visits(mix, "PEER" + p, "207Q00000X", 100, p);
        }
        return mix;
    }

    @Test
    void theOutlierIsFlaggedWithItsNumbersAndOnlyIt() {
        EmMixReview mix = peers();
        visits(mix, "OUTLIER", "207Q00000X", 120, 96);
        List<EmMixReview.Signal> s = mix.signals();
        assertEquals(List.of("OUTLIER"), s.stream().map(EmMixReview.Signal::npi).toList());
        assertEquals(120, s.get(0).services());
        assertEquals(0.8, s.get(0).share5(), 1e-9);
        assertEquals(19, s.get(0).peers());
        assertEquals(0.10, s.get(0).peerMedian5(), 1e-9);
        assertEquals(0.19, s.get(0).peerP95(), 1e-9);
        assertEquals(DAY.plusDays(29), s.get(0).to(), "the window ends at the file's latest E/M date of service");
        assertEquals(DAY.plusDays(29).minusDays(89), s.get(0).from(), "90 days of service");
        assertEquals(90, s.get(0).windowDays());
        assertEquals(true, s.get(0).message().endsWith("a statistical outlier is not evidence of wrong coding."));
    }

    @Test
    void exactly100ServicesIsEnoughAnd99IsNot() {
        EmMixReview enough = peers();
        visits(enough, "X", "207Q00000X", 100, 50);
        assertEquals(List.of("X"), enough.signals().stream().map(EmMixReview.Signal::npi).toList());
        EmMixReview few = peers();
        visits(few, "X", "207Q00000X", 99, 50);
        assertEquals(List.of(), few.signals());
    }

    @Test
    void aShareAtThe95thPercentileIsNotAboveIt() {
        EmMixReview edge = peers();
        visits(edge, "X", "207Q00000X", 100, 19);
        assertEquals(List.of(), edge.signals());
        EmMixReview above = peers();
        visits(above, "X", "207Q00000X", 100, 20);
        assertEquals(List.of("X"), above.signals().stream().map(EmMixReview.Signal::npi).toList());
    }

    @Test
    void peersAreOfTheSameTaxonomyOnly() {
        EmMixReview mix = peers();
        visits(mix, "CARDIO", "207RC0000X", 150, 120);
        // no cardiology peers, so no comparison for CARDIO; among the family physicians alone the top one (19%) is
        // above the 95th percentile of the other 18 (18%), as 5% of a group always is
        assertEquals(List.of("PEER19"), mix.signals().stream().map(EmMixReview.Signal::npi).toList());
    }

    @Test
    void onlyOfficeVisitsCount() {
        assertEquals(5, EmMixReview.officeLevel("99205"));
        assertEquals(1, EmMixReview.officeLevel("99211"));
        assertEquals(0, EmMixReview.officeLevel("99201"));
        assertEquals(0, EmMixReview.officeLevel("99221"));
        assertEquals(0, EmMixReview.officeLevel("99417"));
    }
}
