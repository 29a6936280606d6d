package io.claimgate.edit.api;

import java.time.LocalDate;

/**
 * What the rules need besides the claim: today's date (for "not in the future"), the loaded code sets and the
 * trading-partner profile in force for the claim. The processor supplies {@code today}; the editor
 * ({@code edit.ClaimEditor}) fills in its code sets and the claim's profile.
 */
public record EditContext(LocalDate today, CodeLookup codes, Profile profile) {

    /** Today only: no code sets (form checks only) and no profile, until an editor adds its own. */
    public EditContext(LocalDate today) {
        this(today, null, Profile.NONE);
    }

    /** The code sets, or none loaded. */
    @Override
    public CodeLookup codes() {
        return codes == null ? NoCodes.INSTANCE : codes;
    }

    private static final class NoCodes {
        static final CodeLookup INSTANCE = CodeLookup.none();
    }
}
