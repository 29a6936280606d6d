package io.claimgate.process;

import io.claimgate.commit.JournalEntry;
import io.claimgate.edit.ProfileSet;
import io.claimgate.edit.api.Profile;
import io.claimgate.x12.InterchangeHeader;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TA1 note 025 for every interchange of a file, not only the first: an ISA13 its sender (ISA05:ISA06) used earlier
 * in the same file, or in a file the store has committed, unless the sender's profile turns the check off or the
 * earlier use is older than its window. The repeat is answered, the first use is not: it was sound when it came.
 */
final class ReusedInterchanges {

    private final InterchangeHistory history;
    private final ProfileSet profiles;
    private final Instant now;
    private final Map<String, Integer> seen = new HashMap<>();
    private int ordinal;

    ReusedInterchanges(InterchangeHistory history, ProfileSet profiles, Instant now) {
        this.history = history;
        this.profiles = profiles;
        this.now = now;
    }

    /** Why this interchange reuses its ISA13 (the TA1 025 reason), or null when it does not. */
    String check(InterchangeHeader header) {
        ordinal++;
        String sender = header.senderQualifier() + ":" + header.senderId();
        String isa13 = header.controlNumber();
        Integer first = seen.putIfAbsent(sender + "\u0000" + isa13, ordinal);
        Profile profile = profiles.forInterchange(header);
        if (first != null) {
            return profile.refusesReuse(now, now) ? "ISA13 " + isa13 + " of sender " + sender
                    + " repeats interchange " + first + " of this file" : null;
        }
        Optional<JournalEntry> earlier = history.find(sender, isa13);
        // an entry of unknown age (null instant) counts: refusing is the safe side
        if (earlier.isPresent() && profile.refusesReuse(earlier.get().instant(), now)) {
            return "ISA13 " + isa13 + " of sender " + sender + " was already used by " + earlier.get().input()
                    + " (" + earlier.get().time() + ")";
        }
        return null;
    }
}
