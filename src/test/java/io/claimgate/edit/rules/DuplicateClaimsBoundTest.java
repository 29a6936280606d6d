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
}
