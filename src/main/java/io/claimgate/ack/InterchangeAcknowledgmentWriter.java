package io.claimgate.ack;

import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.InterchangeNoteCode;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentWriter;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes TA1 interchange acknowledgments (reference §5.4): one for each interchange whose envelope is in error
 * (TA104 R with the TA105 note code; its content is not processed) and one A/000 for each sound interchange that
 * asked for it (ISA14 = 1). Each TA1 stands in its own interchange, right after the ISA; IEA01 counts functional
 * groups only, so it is 0.
 */
public final class InterchangeAcknowledgmentWriter {

    private InterchangeAcknowledgmentWriter() {
    }

    /** @return the number of TA1 segments written */
    public static int write(Writer out, FileStructure structure, ControlNumberSequence controlNumbers,
            LocalDateTime now) {
        List<InterchangeCheck> answered = structure.interchanges().stream()
                .filter(i -> !i.accepted() || i.acknowledgmentRequested()).toList();
        for (InterchangeCheck interchange : answered) {
            InterchangeHeader header = interchange.header() != null ? interchange.header() : unreadable();
            writeOne(out, header, interchange.controlNumber(), interchange.date(), interchange.time(),
                    interchange.ta1Note(), controlNumbers, now);
        }
        return answered.size();
    }

    /**
     * One TA1 in its own interchange back to the sender of {@code header}: TA101-TA103 the received ISA13, ISA09 and
     * ISA10, TA104 A for note 000 and R for any other, TA105 the note code.
     */
    public static void writeOne(Writer out, InterchangeHeader header, String controlNumber, String date, String time,
            InterchangeNoteCode note, ControlNumberSequence controlNumbers, LocalDateTime now) {
        SegmentWriter w = new SegmentWriter(out, AcknowledgmentEnvelope.replyDelimiters(header.delimiters()));
        long isa13 = controlNumbers.next();
        AcknowledgmentEnvelope.writeIsa(w, header, isa13, now);
        w.write("TA1", pad9(controlNumber), orDefault(date, "000000"), orDefault(time, "0000"),
                note.acknowledgment().code(), note.code());
        w.write("IEA", "0", ControlNumberSequence.isa13(isa13));
    }

    /** When the ISA itself is unreadable the reply goes out with standard delimiters and unknown parties. */
    private static InterchangeHeader unreadable() {
        String[] isa = {"ISA", "00", "", "00", "", "ZZ", "UNKNOWN", "ZZ", "CLAIMGATE", "", "", "^", "00501", "", "0",
                "P", ":"};
        return new InterchangeHeader(new Segment(isa, "", 0), Delimiters.STANDARD);
    }

    private static String pad9(String control) {
        String digits = control == null || control.isBlank() ? "0" : control.strip();
        return digits.matches("\\d{1,9}") ? String.format("%09d", Long.parseLong(digits)) : digits;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
