package io.claimgate.syntax;

import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.InterchangeNoteCode;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdicts of the structure checks (SNIP 1-2) for a whole file, in file order: per interchange its TA1 note
 * ({@link InterchangeNoteCode#NO_ERROR} when the envelope is sound), per group its AK9 codes, per transaction set
 * its IK3/IK4 errors and IK5 codes.
 * The claim pass looks verdicts up by ordinal: the i-th interchange, its j-th group, that group's k-th set.
 *
 * @param startUnreadable the first ISA could not be read as fixed width: its TA1 answers the whole file and no claim
 *     is read (its one interchange's header holds only what could be read loosely)
 * @param trailing text after the last IEA that is no interchange ("" when none), named in the report
 */
public record FileStructure(List<InterchangeCheck> interchanges, boolean startUnreadable, String trailing) {

    /** A file whose ISAs were all read, with nothing after its last IEA. */
    public FileStructure(List<InterchangeCheck> interchanges) {
        this(interchanges, false, "");
    }

    /**
     * An interchange; when its ISA could not be read as fixed width, {@code header} holds what could be read of it
     * (or is null) and the whole file is answered by its TA1.
     */
    public record InterchangeCheck(InterchangeHeader header, String controlNumber, String date, String time,
            InterchangeNoteCode ta1Note, String reason, boolean acknowledgmentRequested, List<GroupCheck> groups) {

        /** True when the interchange envelope is sound and its content goes on to the 999 and the claim edits. */
        public boolean accepted() {
            return ta1Note == InterchangeNoteCode.NO_ERROR;
        }
    }

    /** A functional group: its GS, AK9 group error codes (716) and the checks of its transaction sets. */
    public record GroupCheck(Segment gs, String declaredCount, List<GroupErrorCode> groupCodes,
            List<TransactionCheck> transactions) {

        public int acceptedCount() {
            return (int) transactions.stream().filter(TransactionCheck::accepted).count();
        }

        /** AK901: A all sets accepted, P some, R none or the group envelope itself is in error. */
        public AcknowledgmentCode status() {
            int ok = acceptedCount();
            if (!groupCodes.isEmpty() || ok == 0) {
                return AcknowledgmentCode.REJECTED;
            }
            return ok == transactions.size() ? AcknowledgmentCode.ACCEPTED
                    : AcknowledgmentCode.PARTIALLY_ACCEPTED;
        }
    }

    /** A transaction set: ST01/ST02/ST03, segment errors, IK5 codes (718); accepted when it has no errors. */
    public record TransactionCheck(String setId, String controlNumber, String implementation,
            List<SegmentError> errors, int errorCount, List<SetErrorCode> setCodes) {

        public boolean accepted() {
            return setCodes.isEmpty() && errorCount == 0;
        }

        /** IK501: A when accepted, else R (claimgate notes no errors on an accepted set). */
        public AcknowledgmentCode status() {
            return accepted() ? AcknowledgmentCode.ACCEPTED : AcknowledgmentCode.REJECTED;
        }
    }

    public InterchangeCheck interchange(int index) {
        return index < interchanges.size() ? interchanges.get(index) : null;
    }

    /** True when a TA1 rejected an interchange or a 999 a transaction set (text after the last IEA is no rejection). */
    public boolean rejectsAny() {
        return interchanges.stream().anyMatch(i -> !i.accepted()) || rejectedSets() > 0;
    }

    private long rejectedSets() {
        return interchanges.stream().filter(InterchangeCheck::accepted).flatMap(i -> i.groups().stream())
                .mapToLong(g -> g.transactions().size() - g.acceptedCount()).sum();
    }

    /** What the TA1s and 999s rejected, in a few words ("" when nothing): for the file's summary line. */
    public String rejections() {
        List<String> notes = new ArrayList<>();
        for (InterchangeCheck i : interchanges) {
            if (!i.accepted()) {
                notes.add("TA1 " + i.ta1Note().code() + " rejected interchange " + i.controlNumber()
                        + (i.reason().isEmpty() ? "" : " (" + i.reason() + ")"));
            }
        }
        long sets = interchanges.stream().filter(InterchangeCheck::accepted).flatMap(i -> i.groups().stream())
                .mapToLong(g -> g.transactions().size()).sum();
        long rejected = rejectedSets();
        if (rejected > 0) {
            notes.add("999 rejected " + rejected + " of " + sets + " transaction set(s)");
        }
        if (!trailing.isEmpty()) {
            notes.add(trailing);
        }
        return String.join("; ", notes);
    }

}
