package io.claimgate.edit;

import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import io.claimgate.edit.rules.AddOnWithoutPrimaryRule;
import io.claimgate.edit.rules.BirthAfterServiceRule;
import io.claimgate.edit.rules.ClaimBalanceRule;
import io.claimgate.edit.rules.CodeSetMissingRule;
import io.claimgate.edit.rules.CptCodeListRule;
import io.claimgate.edit.rules.DiagnosisCodeFormRule;
import io.claimgate.edit.rules.DiagnosisAgeSexRule;
import io.claimgate.edit.rules.DiagnosisCodeSetRule;
import io.claimgate.edit.rules.DiagnosisPointerRule;
import io.claimgate.edit.rules.DuplicateClaimRule;
import io.claimgate.edit.rules.DiagnosisQualifierDateRule;
import io.claimgate.edit.rules.EmLevelReviewRule;
import io.claimgate.edit.rules.HcpcsCodeSetRule;
import io.claimgate.edit.rules.ModifierCodeSetRule;
import io.claimgate.edit.rules.MueDateOfServiceRule;
import io.claimgate.edit.rules.MueUnitsRule;
import io.claimgate.edit.rules.NcciPtpRule;
import io.claimgate.edit.rules.NpiCheckDigitRule;
import io.claimgate.edit.rules.PlaceOfServiceRule;
import io.claimgate.edit.rules.PrincipalDiagnosisExternalCauseRule;
import io.claimgate.edit.rules.ProcedureCodeFormRule;
import io.claimgate.edit.rules.ServiceDateRule;
import io.claimgate.edit.rules.ServiceUnitsRule;
import java.util.List;

/**
 * Every claim rule, in the order the editor runs them. To find the rule behind a status code, look up the code
 * in docs/rules.md (or here: each rule's {@code status()}), then open the class in {@code edit.rules}.
 */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    /**
     * A claim of a transaction set the 999 rejected (IK5 R): reported rejected, with no 277CA status, since a set
     * the 999 rejects is not in the 277CA. SNIP 1 when the set is not a supported 837P at all, 2 otherwise.
     */
    public static final RuleInfo TRANSACTION_SET_REJECTED = new RuleInfo("transaction-set-rejected", 2,
            Severity.ERROR, null, "none (the 999 answers the set)", "The claim's transaction set passed the structure"
                    + " checks: a claim in a set the 999 rejected is not forwarded or acknowledged in the 277CA.",
            "a set whose SE01 is wrong: \"Transaction set 0002 was rejected by the 999 (IK5 R 4); its claims are not"
                    + " forwarded or acknowledged in the 277CA. See the 999 for the errors.\"");

    /** A claim whose service lines Smooks could not parse even alone (its batch failed): rejected, A3:481. */
    public static final RuleInfo SERVICE_LINE_SYNTAX = RuleInfo.rule("service-line-syntax", 1,
            StatusCode.of("A3", "481"), "Smooks can parse the claim's service lines (2400 loops).");

    /** Per provider over the store's history and the file ({@link EmMixReview}): "providerReviews". */
    public static final RuleInfo EM_MIX_REVIEW = new RuleInfo("em-mix-review", 7, Severity.REVIEW, null,
            "none (a review signal is never in the 999 or the 277CA)", "Per provider (rendering NPI, else billing"
                    + " NPI): the shares of level-5 (99205, 99215) and level-4+5 office/outpatient E/M visits among"
                    + " 99202-99205 and 99211-99215 over the last claimgate.em-mix.window-days (90) days of service,"
                    + " ending at the file's latest E/M date, from the processed-file store's history (counts per"
                    + " provider, taxonomy, day and code, recorded when each file is committed; no patient data) and"
                    + " the file, against the providers of the same taxonomy (PRV03) in that history. Flagged only"
                    + " with at least " + EmMixReview.MIN_SERVICES + " E/M services in the window, at least "
                    + EmMixReview.MIN_PEERS + " peers and a share above the peers' 95th percentile (nearest rank)."
                    + " The signal carries the shares, the peers' median and 95th percentile, the numbers of services"
                    + " and peers, the window and the caveat: " + EmMixReview.CAVEAT + ". With an E/M reference table"
                    + " (em_*.csv in --codesets: taxonomy or CMS specialty, HCPCS code, services, from CMS's Medicare"
                    + " Physician & Other Practitioners by Provider and Service file) the published shares of the"
                    + " taxonomy (else the national row) are added; without one the report says so once per file"
                    + " (\"emMixReference\"). A profile turns it off: rule.em-mix-review = off.",
            "20 family-medicine providers (PRV03 207Q00000X) over four files, one billing 99215 for 80% of its"
                    + " visits: in the fourth file, \"Provider 1000001077 (taxonomy 207Q00000X) billed level 5 for"
                    + " 80.0% of 120 office E/M services ...\"");

    /** Review signals computed over a file's claims rather than one claim, listed in docs/rules.md. */
    public static List<RuleInfo> fileReviews() {
        return List.of(EM_MIX_REVIEW);
    }

    /** Findings the processor adds outside the rules, listed in docs/rules.md too. */
    public static List<RuleInfo> processorFindings() {
        return List.of(TRANSACTION_SET_REJECTED, SERVICE_LINE_SYNTAX);
    }

    public static List<ClaimRule> rules() {
        return List.of(
                new ServiceDateRule(),
                new BirthAfterServiceRule(),
                new NpiCheckDigitRule(),
                new DiagnosisPointerRule(),
                new ServiceUnitsRule(),
                new ClaimBalanceRule(),
                new ProcedureCodeFormRule(),
                new DiagnosisCodeFormRule(),
                new DiagnosisQualifierDateRule(),
                new DiagnosisCodeSetRule(),
                new PrincipalDiagnosisExternalCauseRule(),
                new DiagnosisAgeSexRule(),
                new PlaceOfServiceRule(),
                new HcpcsCodeSetRule(),
                new CptCodeListRule(),
                new ModifierCodeSetRule(),
                new NcciPtpRule(),
                new MueUnitsRule(),
                new MueDateOfServiceRule(),
                new AddOnWithoutPrimaryRule(),
                new DuplicateClaimRule(),
                new EmLevelReviewRule(),
                new CodeSetMissingRule());
    }
}
