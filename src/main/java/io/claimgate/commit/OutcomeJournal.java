package io.claimgate.commit;

/**
 * Where committed outcomes are recorded (the processed-file store). Commit records through this so that it sits
 * below the intake that owns the store: a plan's entry is recorded when the plan is applied, including after a
 * crash.
 */
public interface OutcomeJournal {

    /** Records an entry durably; does nothing when the same hash and stem are already recorded. */
    void record(JournalEntry entry);

    /**
     * Records what a committed file adds to the claim history (issue 13), once per file hash: a commit rolled
     * forward again, or a forced replay of the same bytes, adds nothing more. A journal without history ignores it.
     */
    default void recordHistory(String sha256, io.claimgate.edit.api.FileHistory history) {
    }

    /** How many files the journal knows (for the start-up log). */
    int size();
}
