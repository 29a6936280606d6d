package io.claimgate.intake;

import io.claimgate.commit.JournalEntry;
import java.nio.file.Path;

/**
 * The intake's decision about one file before anything is staged.
 *
 * @param earlier the committed outcome of the same bytes when this is a duplicate, else null
 * @param reusedInterchange the committed file of the same sender with the same ISA13 and other content, else null
 * @param busyWith the name of a file with the same bytes being processed right now, else null
 * @param heldBy set when this very inbox file is another node's (or this node's other exchange's) to settle, or
 *     was moved away by it a moment ago: then it is left alone, not refused (docs/architecture.md, "Cluster")
 */
public record Admission(Path file, IntakeRequest request, ContentFingerprint fingerprint, JournalEntry earlier,
        JournalEntry reusedInterchange, String busyWith, long startNanos, String heldBy) {

    /** A file this intake leaves where it is, untouched: one arrival seen by two nodes gets one outcome. */
    public static Admission leaveAlone(Path file, IntakeRequest request, String heldBy) {
        return new Admission(file, request, null, null, null, null, System.nanoTime(), heldBy);
    }

    public boolean isLeftAlone() {
        return heldBy != null;
    }

    public boolean isDuplicate() {
        return !isLeftAlone() && (earlier != null || busyWith != null);
    }

    public boolean isInterchangeReused() {
        return !isDuplicate() && reusedInterchange != null;
    }
}
