package io.claimgate.intake;

import io.claimgate.commit.JournalEntry;
import java.nio.file.Path;

/**
 * The intake's decision about one file before anything is staged.
 *
 * @param earlier the committed outcome of the same bytes when this is a duplicate, else null
 * @param reusedInterchange the committed file of the same sender with the same ISA13 and other content, else null
 * @param busyWith the name of a file with the same bytes being processed right now, else null
 */
public record Admission(Path file, IntakeRequest request, ContentFingerprint fingerprint, JournalEntry earlier,
        JournalEntry reusedInterchange, String busyWith, long startNanos) {

    public boolean isDuplicate() {
        return earlier != null || busyWith != null;
    }

    public boolean isInterchangeReused() {
        return !isDuplicate() && reusedInterchange != null;
    }
}
