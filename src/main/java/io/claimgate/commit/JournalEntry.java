package io.claimgate.commit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One line of the processed-file store's journal: the committed outcome of one file. It travels in the file's
 * {@link CommitPlan}, so that a commit rolled forward after a crash records it too. Absent fields are not written
 * (a journal line holds only what is known), and the field names are those of every journal written so far.
 *
 * @param sha256 the SHA-256 of the file's bytes, the key
 * @param stem the stem its outputs (or reason) were written under
 * @param where the report or reason file, relative to the output folder
 * @param input the file's name as it arrived
 * @param intake folder, sftp, http, replay or process
 * @param partner the trading partner, or null
 * @param sender ISA05:ISA06 of its first interchange, or null when it does not start with an ISA
 * @param isa13 ISA13 of its first interchange, or null with {@code sender}
 * @param forced a forced replay (written only when true)
 * @param time when the entry was made (ISO-8601 instant)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JournalEntry(String sha256, String stem, Disposition outcome, String where, String input,
        String intake, String partner, String sender, String isa13,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean forced, String time) {

    /** When the entry was made; null when its time is missing or unreadable (an entry of unknown age). */
    public Instant instant() {
        try {
            return time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when the entry names the sender and control number of an interchange it answered as its own. */
    public boolean ownsInterchange() {
        return sender != null && isa13 != null && outcome != Disposition.INTERCHANGE_DUPLICATE;
    }
}
