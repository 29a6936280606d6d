package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.commit.FileOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's one table, from the files' outcomes and their reports' totals. */
class RunSummaryTest {

    @TempDir
    Path tmp;

    @Test
    void addsUpClaimsChargesAndRulesAndListsTheTenRulesThatRejectedMost() throws Exception {
        StringBuilder rules = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            rules.append(i == 1 ? "" : ",").append("\"rule-").append(String.format("%02d", i)).append("\":").append(i);
        }
        Path a = report("a", "{\"file\":\"a.837\",\"claims\":[{\"id\":\"C1\",\"totals\":{\"acceptedCharges\":999}}],"
                + "\"totals\":{\"claims\":100,\"acceptedCharges\":1000.50,\"rejectedCharges\":250.25,"
                + "\"rejectedByRule\":{" + rules + "}}}");
        Path b = report("b", "{\"file\":\"b.837\",\"totals\":{\"acceptedCharges\":0.50,\"rejectedCharges\":1000000,"
                + "\"rejectedByRule\":{\"rule-01\":20}}}");
        RunSummary summary = new RunSummary();
        summary.add("processed", new FileOutcome("a.837", "a", true, 100, 60, 40, ""), a);
        summary.add("processed", new FileOutcome("b.837", "b", true, 20, 0, 20, ""), b);
        summary.add("error", new FileOutcome("c.txt", "c", false, 0, 0, 0, "not X12"), null);
        assertEquals(List.of(
                "claimgate validate: 3 file(s): 1 error, 2 processed",
                "                   claims          charges",
                "  accepted             60         1,001.00",
                "  rejected             60     1,000,250.25",
                "  total               120     1,001,251.25",
                "rejected claims by rule:",
                "  rule-01                                    21",
                "  rule-12                                    12",
                "  rule-11                                    11",
                "  rule-10                                    10",
                "  rule-09                                     9",
                "  rule-08                                     8",
                "  rule-07                                     7",
                "  rule-06                                     6",
                "  rule-05                                     5",
                "  rule-04                                     4",
                "  and 2 more rule(s)",
                "outputs in " + tmp.toAbsolutePath()), summary.lines("validate", tmp));
    }

    private Path report(String stem, String json) throws Exception {
        return Files.writeString(tmp.resolve(stem + ".json"), json);
    }
}
