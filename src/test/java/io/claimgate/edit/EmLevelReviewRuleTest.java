package io.claimgate.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.rules.EmLevelReviewRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmLevelReviewRuleTest {

    private static final ClaimEditor EDITOR = new ClaimEditor(List.of(new EmLevelReviewRule()));

    private static List<Finding> reviews(Test837.Claim claim) {
        ClaimResult r = Test837.edit(claim, EDITOR);
        assertTrue(r.accepted(), "a review never rejects");
        return r.findings().stream().filter(Finding::isReview).toList();
    }

    @Test
    void level5WithOnlyEncounterZCodesIsFlaggedOnItsLine() {
        List<Finding> f = reviews(Test837.claim("EM1").dx("ABK:Z0000", "ABF:Z23")
                .line("HC:99215", "1", "20261101"));
        assertEquals(1, f.size());
        assertEquals(1, f.get(0).line());
        assertEquals(Severity.REVIEW, f.get(0).severity());
        assertNull(f.get(0).status(), "no 277CA status");
        assertEquals("Line 1: level 5 E/M 99215 with only low-acuity diagnoses (Z0000, Z23). This is a review signal"
                + " only: the medical record may support the level.", f.get(0).message());
    }

    @Test
    void level4WithOneSymptomCodeIsFlaggedButTwoSymptomsAreNot() {
        assertEquals(1, reviews(Test837.claim("EM2").dx("ABK:R05").line("HC:99214", "1", "20261101")).size());
        assertEquals(0, reviews(Test837.claim("EM3").dx("ABK:R05", "ABF:R509")
                .line("HC:99214", "1", "20261101")).size());
    }

    @Test
    void aChronicConditionOrALowerLevelIsNotFlagged() {
        assertEquals(0, reviews(Test837.claim("EM4").dx("ABK:Z0000", "ABF:E119")
                .line("HC:99215", "1", "20261101")).size());
        assertEquals(0, reviews(Test837.claim("EM5").dx("ABK:Z0000").line("HC:99213", "1", "20261101")).size());
    }

    @Test
    void prolongedServiceNeedsItsPrimaryOnTheSameDateAndOneUnit() {
        assertEquals(0, reviews(Test837.claim("EM6").dx("ABK:E119").line("HC:99215", "1", "20261101")
                .line("HC:99417", "2", "20261101")).size());
        List<Finding> other = reviews(Test837.claim("EM7").dx("ABK:E119").line("HC:99215", "1", "20261101")
                .line("HC:99417", "1", "20261102"));
        assertEquals(1, other.size());
        assertEquals(2, other.get(0).line());
        assertTrue(other.get(0).message().contains("without 99205 or 99215"), other.get(0).message());
        assertEquals(1, reviews(Test837.claim("EM8").dx("ABK:E119").line("HC:99214", "1", "20261101")
                .line("HC:G2212", "1", "20261101")).size());
        List<Finding> part = reviews(Test837.claim("EM9").dx("ABK:E119").line("HC:99205", "1", "20261101")
                .line("HC:99417", "0.5", "20261101"));
        assertEquals(1, part.size());
        assertTrue(part.get(0).message().contains("0.5 units"), part.get(0).message());
    }

    @Test
    void aPartnerProfileTurnsTheRuleOff(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("CLINIC01.properties"), "rule.em-level-review = off\n");
        List<io.claimgate.edit.api.ClaimRule> rules = List.of(new EmLevelReviewRule());
        ClaimEditor quiet = new ClaimEditor(rules, null, ProfileSet.load(dir, rules));
        ClaimResult r = Test837.edit(Test837.claim("EM10").dx("ABK:Z0000").line("HC:99215", "1", "20261101"), quiet);
        assertEquals(List.of(), r.findings());
    }
}
