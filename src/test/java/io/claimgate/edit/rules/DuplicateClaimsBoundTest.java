package io.claimgate.edit.rules;

import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.claim.Claim;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.ProfileSet;
import io.claimgate.edit.RuleCatalog;
import io.claimgate.edit.Test837;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** duplicate-claim keeps a bounded number of a file's fingerprints, so a big file runs in the heap a small one does. */
class DuplicateClaimsBoundTest {

    static final String JAN = "20260105";

    static Test837.Claim visit(String id, String birth) {
        return claim(id).subscriber(birth, "F").dx("ABK:J069").line("HC:99213", "1", JAN);
    }

    @Test
    void pastItsBoundAFileStillFindsRepeatsOfTheKeptClaimsButKeepsAndRecordsNoMore() {
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), null, ProfileSet.none());
        List<Claim> claims = Test837.edit(Test837.file("CLINIC01", visit("A-1", "19800101"), visit("B-1", "19810101"),
                visit("A-2", "19800101"), visit("B-2", "19810101")), editor).stream().map(ClaimResult::claim).toList();
        DuplicateClaims check = new DuplicateClaims(new DuplicateClaimRule(), ClaimHistory.NONE, 1);
        EditContext context = new EditContext(Test837.TODAY);
        int[] found = new int[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            Findings findings = new Findings();
            check.check(claims.get(i), context, findings);
            found[i] = findings.size();
            check.record(claims.get(i), context);
        }
        assertEquals(List.of(0, 0, 1, 0), List.of(found[0], found[1], found[2], found[3]),
                "A-2 repeats the kept A-1; B-1 came after the bound, so B-2 is not found");
        assertEquals(1, check.claimPrints().size(), "only the kept fingerprint goes to the store");
    }

    /**
     * The claim pass edits claims before pass 1 has judged their set; what prepare kept for a claim of a set pass 1
     * then rejects is dropped, or it would stay for the rest of the file.
     */
    @Test
    void aPreparedClaimThatIsNeverCheckedIsForgotten() {
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), null, ProfileSet.none());
        List<Claim> claims = Test837.edit(Test837.file("CLINIC01", visit("A-1", "19800101"), visit("B-1", "19810101")),
                editor).stream().map(ClaimResult::claim).toList();
        int[] lookUps = {0};
        ClaimHistory counted = new ClaimHistory() {
            @Override
            public List<io.claimgate.edit.api.EmServiceCount> emServices(java.time.LocalDate from,
                    java.time.LocalDate to) {
                return List.of();
            }

            @Override
            public java.util.Optional<java.time.LocalDate> claimSeen(io.claimgate.edit.api.ClaimPrint fingerprint,
                    java.time.LocalDate since) {
                lookUps[0]++;
                return java.util.Optional.empty();
            }
        };
        DuplicateClaims check = new DuplicateClaims(new DuplicateClaimRule(), counted, 100);
        EditContext context = new EditContext(Test837.TODAY);
        check.prepare(claims, context);
        assertEquals(2, lookUps[0], "prepare asked for both claims");
        check.forget(claims.get(0));
        check.check(claims.get(1), context, new Findings());
        assertEquals(2, lookUps[0], "B-1 was prepared: no look-up of its own");
        check.check(claims.get(0), context, new Findings());
        assertEquals(3, lookUps[0], "A-1 was forgotten: checked after all, it is looked up again");
    }
}
