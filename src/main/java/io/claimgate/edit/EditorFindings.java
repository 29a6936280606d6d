package io.claimgate.edit;

import io.claimgate.claim.Claim;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.syntax.SetErrorCode;
import io.claimgate.x12.Segment;
import io.claimgate.x12.X12Code;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings made outside the rules, for claims the rules cannot judge alone: a claim of a transaction set the
 * 999 rejected, and a claim whose service lines Smooks could not parse. docs/rules.md lists them (from
 * {@link RuleCatalog#processorFindings()}); profiles cannot turn them off.
 */
public final class EditorFindings {

    private EditorFindings() {
    }

    /**
     * A claim of transaction set {@code controlNumber}, which the 999 rejected with IK5 codes {@code setCodes}:
     * rejected, with no 277CA status (the 277CA covers only accepted sets), pointing at the 999. SNIP 1 when the
     * set is not a supported 837P at all (IK5 1 or I6), 2 otherwise.
     */
    public static ClaimResult transactionSetRejected(Claim claim, Segment st, String controlNumber,
            List<SetErrorCode> setCodes) {
        boolean syntax = setCodes.contains(SetErrorCode.NOT_SUPPORTED)
                || setCodes.contains(SetErrorCode.IMPLEMENTATION_NOT_SUPPORTED);
        RuleInfo info = RuleCatalog.TRANSACTION_SET_REJECTED;
        return new ClaimResult(claim, List.of(new Finding(info.id(), syntax ? 1 : 2, Severity.ERROR, List.of(),
                st.id(), st.position(), "Transaction set " + controlNumber + " was rejected by the 999 (IK5 R "
                        + X12Code.join(" ", setCodes) + "); its claims are not forwarded or acknowledged in the 277CA."
                        + " See the 999 for the errors.", 0)));
    }

    /**
     * The result of editing a claim whose service lines could not be parsed (its rules ran on the raw elements),
     * with a {@code service-line-syntax} error put first, on {@code first} (the first line segment, or CLM).
     */
    public static ClaimResult serviceLineSyntax(ClaimResult edited, Segment first, String reason) {
        RuleInfo info = RuleCatalog.SERVICE_LINE_SYNTAX;
        List<Finding> findings = new ArrayList<>(edited.findings().size() + 1);
        findings.add(new Finding(info.id(), info.snip(), Severity.ERROR, List.of(info.status()), first.id(),
                first.position(), "The service lines could not be parsed: " + reason, 0));
        findings.addAll(edited.findings());
        return new ClaimResult(edited.claim(), List.copyOf(findings), edited.profile(), edited.notices());
    }
}
