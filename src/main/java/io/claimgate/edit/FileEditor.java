package io.claimgate.edit;

import io.claimgate.claim.Claim;
import io.claimgate.codes.EmReferenceTable;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.ClaimPrint;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.CodeLookup;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.FileHistory;
import io.claimgate.edit.api.FileRule;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The across-claims part of the editor for one file ({@link FileRule}s): given each claim's result in file order,
 * adds what the rules find against the earlier claims of the file, under the same profile settings as the claim
 * rules (off, warning, error). Not thread-safe: one instance per file, called from the thread that writes results.
 */
public final class FileEditor {

    private final List<ClaimRule> rules = new ArrayList<>();
    private final List<FileRule.FileCheck> checks = new ArrayList<>();
    private final CodeLookup codes;
    private final ProfileSet profiles;
    private final LocalDate today;
    private final EmMixReview emMix;

    FileEditor(List<ClaimRule> all, CodeLookup codes, ProfileSet profiles, LocalDate today, ClaimHistory history,
            EmReferenceTable emReference) {
        for (ClaimRule rule : all) {
            if (rule instanceof FileRule fileRule) {
                rules.add(rule);
                checks.add(fileRule.newFileCheck(history));
            }
        }
        this.emMix = new EmMixReview(history, emReference);
        this.codes = codes;
        this.profiles = profiles;
        this.today = today;
    }

    /**
     * Runs the checks' order-free work for a batch of results on the calling pool thread
     * ({@link FileRule.FileCheck#prepare}), each check given the claims {@link #edit} will check: the accepted ones
     * whose profile has the rule on. Returns the same list, so it can follow the batch's edits in the pipeline.
     */
    public List<ClaimResult> prepare(List<ClaimResult> results) {
        List<ClaimResult> accepted = results.stream().filter(ClaimResult::accepted).toList();
        for (int i = 0; i < checks.size(); i++) {
            List<Claim> claims = new ArrayList<>(accepted.size());
            for (ClaimResult result : accepted) {
                Profile profile = profiles.forInterchange(result.claim().raw().transaction().interchange());
                if (profile.setting(rules.get(i).id()) != Profile.Setting.OFF) {
                    claims.add(result.claim());
                }
            }
            if (!claims.isEmpty()) {
                checks.get(i).prepare(claims, new EditContext(today, codes, Profile.NONE));
            }
        }
        return results;
    }

    /** A result {@link #prepare} was given that {@link #edit} will never see (its set was rejected after all). */
    public void forget(ClaimResult result) {
        for (FileRule.FileCheck check : checks) {
            check.forget(result.claim());
        }
    }

    /** The result with the across-claims findings added (the same instance when there are none). */
    public ClaimResult edit(ClaimResult result) {
        Profile profile = profiles.forInterchange(result.claim().raw().transaction().interchange());
        if (result.accepted()) {
            // rejected claims are not forwarded: their services count for no provider's mix
            emMix.add(result.claim(), !profile.isOff(RuleCatalog.EM_MIX_REVIEW.id()));
        }
        if (checks.isEmpty()) {
            return result;
        }
        EditContext context = new EditContext(today, codes, profile);
        Findings findings = new Findings();
        for (int i = 0; i < checks.size(); i++) {
            Profile.Setting setting = profile.setting(rules.get(i).id());
            if (setting == Profile.Setting.OFF || !result.accepted()) {
                continue; // a rejected claim is not forwarded: nothing to add up
            }
            int from = findings.size();
            checks.get(i).check(result.claim(), context, findings);
            if (setting == Profile.Setting.WARNING) {
                findings.lowerToWarnings(from);
            }
        }
        ClaimResult edited = result;
        if (findings.size() > 0) {
            List<io.claimgate.edit.api.Finding> all = new ArrayList<>(result.findings());
            all.addAll(findings.list());
            edited = new ClaimResult(result.claim(), List.copyOf(all), result.profile());
        }
        if (edited.accepted()) {
            for (int i = 0; i < checks.size(); i++) {
                if (profile.setting(rules.get(i).id()) != Profile.Setting.OFF) {
                    checks.get(i).record(edited.claim(), context);
                }
            }
        }
        return edited;
    }

    /** The file's em-mix-review tally: its signals for the report, its counts for the store. */
    public EmMixReview emMix() {
        return emMix;
    }

    /** What this file adds to the store's history when its outcome is committed. */
    public FileHistory history() {
        List<ClaimPrint> prints = new ArrayList<>();
        for (FileRule.FileCheck check : checks) {
            prints.addAll(check.claimPrints());
        }
        return new FileHistory(emMix.dayCounts(), prints);
    }
}
