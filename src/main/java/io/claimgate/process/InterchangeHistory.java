package io.claimgate.process;

import io.claimgate.commit.JournalEntry;
import java.util.Optional;

/**
 * Where the structure pass learns whether a sender used an ISA13 before, in another file: the processed-file store,
 * seen through the route (which knows the file's hash and leaves out the file's own earlier entries, so a forced
 * replay of the same bytes is not its own duplicate). {@link #NONE} knows no history (a file processed alone).
 */
@FunctionalInterface
public interface InterchangeHistory {

    InterchangeHistory NONE = (sender, isa13) -> Optional.empty();

    /** The committed file that used this sender (ISA05:ISA06, ISA06 trimmed) and ISA13, if any. */
    Optional<JournalEntry> find(String sender, String isa13);
}
