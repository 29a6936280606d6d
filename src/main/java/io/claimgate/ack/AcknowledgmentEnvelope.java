package io.claimgate.ack;

import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.SegmentWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Opens and closes the ISA/GS envelope of an acknowledgment sent back to the sender of an interchange: sender and
 * receiver swapped (ISA05/06 with ISA07/08, GS02 with GS03), ISA14 = 0 because acknowledgments are never
 * acknowledged, the usage indicator (ISA15) echoed, fresh control numbers.
 */
public final class AcknowledgmentEnvelope {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private AcknowledgmentEnvelope() {
    }

    /** The delimiters of a reply: the sender's own, with a real repetition separator (5010 needs one). */
    public static Delimiters replyDelimiters(Delimiters in) {
        if (in.hasRepetitionSeparator()) {
            return in;
        }
        for (char c : new char[] {'^', '!', '`', '{'}) {
            if (c != in.element() && c != in.component() && c != in.segment()) {
                return new Delimiters(in.element(), in.component(), c, in.segment());
            }
        }
        return Delimiters.STANDARD;
    }

    public static void writeIsa(SegmentWriter w, InterchangeHeader in, long control, LocalDateTime now) {
        Delimiters d = w.delimiters();
        w.write("ISA", "00", pad("", 10), "00", pad("", 10), in.receiverQualifier(), pad(in.receiverId(), 15),
                in.senderQualifier(), pad(in.senderId(), 15), now.format(YYMMDD), now.format(HHMM),
                String.valueOf(d.repetition()), "00501", ControlNumberSequence.isa13(control), "0",
                in.usage().isEmpty() ? "P" : in.usage(), String.valueOf(d.component()));
    }

    /** GS for an acknowledgment of the group whose GS02/GS03 are given. */
    public static void writeGs(SegmentWriter w, String functionalId, String originalSender, String originalReceiver,
            long control, LocalDateTime now, String version) {
        w.write("GS", functionalId, originalReceiver, originalSender, now.format(CCYYMMDD), now.format(HHMM),
                String.valueOf(control), "X", version);
    }

    public static String pad(String value, int width) {
        StringBuilder sb = new StringBuilder(value.length() > width ? value.substring(0, width) : value);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    public static String date(LocalDateTime now) {
        return now.format(CCYYMMDD);
    }

    public static String time(LocalDateTime now) {
        return now.format(HHMM);
    }
}
