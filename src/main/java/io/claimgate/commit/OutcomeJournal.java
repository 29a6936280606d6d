package io.claimgate.commit;

/**
 * Where committed outcomes are recorded (the processed-file store). Commit records through this so that it sits
 * below the intake that owns the store: a plan's entry is recorded when the plan is applied, including after a
 * crash.
 */
public interface OutcomeJournal {

    /** Records an entry durably; does nothing when the same hash and stem are already recorded. */
    void record(JournalEntry entry);

    /** How many files the journal knows (for the start-up log). */
    int size();
}
