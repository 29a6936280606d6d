package io.claimgate.edit;

import io.claimgate.claim.Claim;
import io.claimgate.codes.CodeSets;
import io.claimgate.codes.EmReferenceTable;
import io.claimgate.edit.api.ClaimHistory;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.CodeLookup;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.Profile;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs every rule on a claim, with the code sets and trading-partner profiles it was built with. The profile of
 * the claim's interchange decides per rule: off (skipped), warning (its findings lowered to warnings) or error
 * (as shipped). Stateless once built: one instance serves all threads.
 */
public final class ClaimEditor {

    private final List<ClaimRule> rules;
    private final CodeLookup codes;
    private final ProfileSet profiles;
    private final String codeSetReleases;
    private final EmReferenceTable emReference;

    /** The rules with the code sets of the context passed to {@link #edit} and no profiles. */
    public ClaimEditor(List<ClaimRule> rules) {
        this(rules, null, ProfileSet.none());
    }

    public ClaimEditor(List<ClaimRule> rules, CodeSets codeSets, ProfileSet profiles) {
        this(rules, codeSets, profiles, null);
    }

    /** @param emReference the E/M reference table of em-mix-review, or null when none is loaded */
    public ClaimEditor(List<ClaimRule> rules, CodeSets codeSets, ProfileSet profiles, EmReferenceTable emReference) {
        this.emReference = emReference;
        this.rules = List.copyOf(rules);
        this.codes = codeSets == null ? null : new CodeLookup(codeSets);
        this.profiles = profiles;
        this.codeSetReleases = codeSets == null ? "form only (no code set loaded)" : codeSets.describe();
    }

    /** The code-set releases this editor answers from, in words (reports/S.html). */
    public String codeSetReleases() {
        return codeSetReleases;
    }

    /** The trading-partner profiles, for the envelope checks that follow a partner's settings. */
    public ProfileSet profiles() {
        return profiles;
    }

    /** The rules of this release with the curated default code sets and no profiles. */
    public static ClaimEditor standard() {
        return new ClaimEditor(RuleCatalog.rules(), CodeSets.curatedDefault(), ProfileSet.none());
    }

    /**
     * The rules of this release with the code sets of {@code codeSetDir} (the curated default when null) and the
     * profiles of {@code profileDir} (none when null).
     */
    public static ClaimEditor configured(Path codeSetDir, Path profileDir) {
        List<ClaimRule> rules = RuleCatalog.rules();
        CodeSets sets = codeSetDir == null ? CodeSets.curatedDefault() : CodeSets.load(codeSetDir);
        ProfileSet profiles = profileDir == null ? ProfileSet.none() : ProfileSet.load(profileDir, rules);
        EmReferenceTable emReference = codeSetDir == null ? null : EmReferenceTable.find(codeSetDir).orElse(null);
        return new ClaimEditor(rules, sets, profiles, emReference);
    }

    public List<ClaimRule> rules() {
        return rules;
    }

    /**
     * The across-claims checks for one file (rules that add up claims of the same file), with this editor's code
     * sets (or the context's) and profiles. One per file, called in file order.
     */
    public FileEditor forFile(EditContext context) {
        return forFile(context, ClaimHistory.NONE);
    }

    /** As {@link #forFile(EditContext)}, with the store's history of earlier files (em-mix-review, duplicate-claim). */
    public FileEditor forFile(EditContext context, ClaimHistory history) {
        return new FileEditor(rules, codes != null ? codes : context.codes(), profiles, context.today(), history,
                emReference);
    }

    public ClaimResult edit(Claim claim, EditContext context) {
        Profile profile = profiles.forInterchange(claim.raw().transaction().interchange());
        CodeLookup lookup = codes != null ? codes : context.codes();
        EditContext full = new EditContext(context.today(), lookup, profile);
        Findings findings = new Findings();
        for (ClaimRule rule : rules) {
            Profile.Setting setting = profile.setting(rule.id());
            if (setting == Profile.Setting.OFF) {
                continue;
            }
            int from = findings.size();
            rule.check(claim, full, findings);
            if (setting == Profile.Setting.WARNING) {
                findings.lowerToWarnings(from);
            }
        }
        return new ClaimResult(claim, List.copyOf(findings.list()), profile.name(),
                List.copyOf(findings.notices()));
    }
}
