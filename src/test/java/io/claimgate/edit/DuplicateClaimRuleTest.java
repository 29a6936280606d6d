package io.claimgate.edit;

import static io.claimgate.edit.DataEntryRulesTest.of;
import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Profile;
import io.claimgate.intake.HistoryStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * duplicate-claim (issue 13): the same claim twice in a file, or in another file committed within 30 days (the
 * store's claim_fingerprint table, H2 as claimgate runs it); a corrected claim is never a duplicate; a warning
 * unless the partner's profile raises it to a rejection (A7:54), or turns it off.
 */
class DuplicateClaimRuleTest {

    static final String JAN = "20260105";

    @RegisterExtension
    final HistoryStore store = new HistoryStore();

    static Test837.Claim visit(String id) {
        return claim(id).dx("ABK:J069").line("HC:99213", "1", JAN).line("HC:G0008", "1", JAN);
    }

    private List<ClaimResult> file(ProfileSet profiles, String sha, LocalDate committed, Test837.Claim... claims) {
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), null, profiles);
        FileEditor across = editor.forFile(new EditContext(Test837.TODAY), store.history().excluding(sha));
        List<ClaimResult> edited = Test837.edit(Test837.file("CLINIC01", claims), editor);
        if (preparedInBatches()) {
            // as the processor does: the order-free part per batch of two (fingerprints, one store query)
            for (int i = 0; i < edited.size(); i += 2) {
                across.prepare(edited.subList(i, Math.min(i + 2, edited.size())));
            }
        }
        List<ClaimResult> out = new ArrayList<>();
        for (ClaimResult r : edited) {
            out.add(across.edit(r));
        }
        if (committed != null) {
            store.history().record(sha, across.history(), committed);
        }
        return out;
    }

    /** Whether the file's claims go through {@link FileEditor#prepare} first (DuplicateClaimRulePreparedTest). */
    boolean preparedInBatches() {
        return false;
    }

    private static List<String> dup(ClaimResult r) {
        return of(r, "duplicate-claim");
    }

    @Test
    void theSameClaimTwiceInAFileIsAWarningOnTheSecond() {
        List<ClaimResult> r = file(ProfileSet.none(), "f1", null, visit("C-1"), visit("C-2"),
                visit("C-3").line("HC:99213", "1", JAN), visit("C-4").subscriber("19810101", "F"));
        assertEquals(List.of(), dup(r.get(0)));
        assertEquals(List.of("warning A7:54"), dup(r.get(1)));
        assertEquals(true, r.get(1).accepted(), "a warning by default");
        assertEquals(List.of(), dup(r.get(2)), "another line, another charge");
        assertEquals(List.of(), dup(r.get(3)), "another patient (birth date)");
        assertEquals("Same patient, date of service 2026-01-05, procedure codes 99213 G0008, billing NPI 1234567893"
                + " and charge 20 as claim C-1 earlier in this file.", r.get(1).findings().stream()
                .filter(f -> f.rule().equals("duplicate-claim")).findFirst().orElseThrow().message());
    }

    @Test
    void aCorrectedOrVoidClaimIsNeverADuplicate() {
        List<ClaimResult> r = file(ProfileSet.none(), "f1", null, visit("C-1"), visit("C-1").frequency("7"),
                visit("C-1").frequency("8"));
        assertEquals(List.of(), dup(r.get(1)));
        assertEquals(List.of(), dup(r.get(2)));
    }

    @Test
    void aClaimOfAFileCommitted30DaysAgoIsADuplicate() {
        file(ProfileSet.none(), "f1", Test837.TODAY.minusDays(30), visit("C-1"));
        assertEquals(List.of("warning A7:54"), dup(file(ProfileSet.none(), "f2", null, visit("C-9")).get(0)));
        assertEquals(List.of(), dup(file(ProfileSet.none(), "f1", null, visit("C-1")).get(0)),
                "the same file forced again is not its own duplicate");
    }

    @Test
    void aClaimOfAFileCommitted31DaysAgoIsNot() {
        file(ProfileSet.none(), "f1", Test837.TODAY.minusDays(31), visit("C-1"));
        assertEquals(List.of(), dup(file(ProfileSet.none(), "f2", null, visit("C-9")).get(0)));
    }

    @Test
    void aCorrectedClaimInALaterFileIsNoDuplicateOfTheOriginal() {
        file(ProfileSet.none(), "f1", Test837.TODAY, visit("C-1"));
        assertEquals(List.of(), dup(file(ProfileSet.none(), "f2", null, visit("C-1").frequency("7")).get(0)));
    }

    @Test
    void aProfileRaisesItToARejectionOrTurnsItOff() {
        ProfileSet strict = profiles("error");
        List<ClaimResult> r = file(strict, "f1", null, visit("C-1"), visit("C-2"));
        assertEquals(List.of("error A7:54"), dup(r.get(1)));
        assertEquals(false, r.get(1).accepted());
        List<ClaimResult> quiet = file(profiles("off"), "f2", null, visit("C-1"), visit("C-2"));
        assertEquals(List.of(), dup(quiet.get(1)));
        List<ClaimResult> lowered = file(profiles("warning"), "f3", null, visit("C-1"), visit("C-2"));
        assertEquals(List.of("warning A7:54"), dup(lowered.get(1)));
    }

    private static ProfileSet profiles(String setting) {
        return ProfileSet.of(Map.of("CLINIC01", Profile.parse("CLINIC01",
                EmMixHistoryTest.props("rule.duplicate-claim", setting), Set.of("duplicate-claim"))));
    }
}
