package io.claimgate.process;

import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.GroupErrorCode;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.syntax.SegmentError;
import io.claimgate.syntax.SetErrorCode;
import io.claimgate.syntax.TransactionValidator;

import io.claimgate.x12.X12Date;
import io.claimgate.x12.X12Time;
import io.claimgate.parse.EnvelopeHandler;
import io.claimgate.parse.InterchangeReader;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.syntax.FileStructure.GroupCheck;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.InterchangeNoteCode;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass over a file: checks envelopes (TA1) and every transaction set's structure (999) before any claim
 * is edited, so that the claim pass knows which sets it may accept. Streams, like the claim pass; only the errors
 * are kept. Claims are split but ignored here.
 *
 * <p>What answers what: ISA problems, IEA mismatches, a truncated interchange and an unsupported interchange
 * version (anything but 00501, e.g. 00401) get a TA1 with the reference's note code and the interchange is not
 * processed further. A group that is not HC (837) or not version 005010X222A1/A2 gets AK9 code 1 or 2 and its sets
 * IK5 R with 1 (transaction set not supported) or I6 (implementation convention not supported): never parsed as
 * 837P. Set trailer problems give IK5 2/3/4, segment errors IK5 5.
 */
public final class StructureScanner implements EnvelopeHandler {

    /** The 837P implementation conventions claimgate accepts in GS08/ST03 (X222A2 is the later errata). */
    public static final Set<String> SUPPORTED = Set.of("005010X222A1", "005010X222A2");
    private static final Set<String> ID_QUALIFIERS = Set.of("01", "14", "20", "27", "28", "29", "30", "33", "ZZ");

    private final ImplementationMap map;
    private final List<InterchangeCheck> interchanges = new ArrayList<>();
    private final Map<Long, InterchangeCheck> interchangesByIsa = new HashMap<>();
    private final Map<Long, TransactionCheck> transactionsBySt = new HashMap<>();

    private InterchangeHeader interchange;
    private InterchangeNoteCode note;
    private String reason;
    private List<GroupCheck> groups;
    private Segment gs;
    private List<GroupErrorCode> groupCodes;
    private List<TransactionCheck> transactions;
    private boolean groupSupported;
    private Segment st;
    private TransactionValidator validator;
    private List<SetErrorCode> setCodes;

    public StructureScanner(ImplementationMap map) {
        this.map = map;
    }

    /**
     * Scans a file. A file that starts with a malformed ISA is answered by one TA1 (its note says what is wrong);
     * a file that is not X12 at all throws, and goes to error/.
     */
    public FileStructure scan(Path file) throws IOException, X12FormatException {
        return scan(new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1));
    }

    /** Scans X12 text read as ISO-8859-1 (closed when done); the file form above is the one the product uses. */
    public FileStructure scan(java.io.Reader text) throws IOException, X12FormatException {
        try (SegmentReader segments = new SegmentReader(text)) {
            new InterchangeReader(segments, this).read();
        } catch (X12FormatException e) {
            if (e.ta1Note() == null || !interchanges.isEmpty() || interchange != null) {
                throw e;
            }
            interchanges.add(new InterchangeCheck(null, e.controlNumber(), "", "", e.ta1Note(), e.getMessage(), false,
                    List.of()));
        }
        return new FileStructure(List.copyOf(interchanges));
    }

    /** Scans a file and indexes its verdicts by envelope, for the claim pass. */
    StructureVerdicts verdicts(Path file) throws IOException, X12FormatException {
        return new StructureVerdicts(scan(file), interchangesByIsa, transactionsBySt);
    }

    private void ta1(InterchangeNoteCode code, String why) {
        if (note == InterchangeNoteCode.NO_ERROR) {
            note = code;
            reason = why;
        }
    }

    @Override
    public void interchangeStart(InterchangeHeader header) {
        interchange = header;
        note = InterchangeNoteCode.NO_ERROR;
        reason = "";
        groups = new ArrayList<>();
        Segment isa = header.isa();
        // The version first: another version's fields are not ours to judge.
        if (!isa.element(12).matches("\\d{5}")) {
            ta1(InterchangeNoteCode.INVALID_VERSION_ID, "ISA12 version '" + isa.element(12) + "' is not valid");
        } else if (!isa.element(12).equals("00501")) {
            ta1(InterchangeNoteCode.VERSION_NOT_SUPPORTED,
                    "interchange version " + isa.element(12) + " is not supported (claimgate reads 00501 only)");
        }
        if (!isa.element(1).equals("00") && !isa.element(1).equals("03")) {
            ta1(InterchangeNoteCode.INVALID_AUTHORIZATION_QUALIFIER,
                    "ISA01 authorization qualifier '" + isa.element(1) + "' is not 00 or 03");
        }
        if (!isa.element(3).equals("00") && !isa.element(3).equals("01")) {
            ta1(InterchangeNoteCode.INVALID_SECURITY_QUALIFIER,
                    "ISA03 security qualifier '" + isa.element(3) + "' is not 00 or 01");
        }
        if (!ID_QUALIFIERS.contains(isa.element(5))) {
            ta1(InterchangeNoteCode.INVALID_SENDER_QUALIFIER,
                    "ISA05 sender id qualifier '" + isa.element(5) + "' is not valid");
        }
        if (isa.element(6).isBlank()) {
            ta1(InterchangeNoteCode.INVALID_SENDER_ID, "ISA06 sender id is blank");
        }
        if (!ID_QUALIFIERS.contains(isa.element(7))) {
            ta1(InterchangeNoteCode.INVALID_RECEIVER_QUALIFIER,
                    "ISA07 receiver id qualifier '" + isa.element(7) + "' is not valid");
        }
        if (isa.element(8).isBlank()) {
            ta1(InterchangeNoteCode.INVALID_RECEIVER_ID, "ISA08 receiver id is blank");
        }
        if (!isa.element(9).matches("\\d{6}") || X12Date.parse("20" + isa.element(9)) == null) {
            ta1(InterchangeNoteCode.INVALID_DATE,
                    "ISA09 interchange date '" + isa.element(9) + "' is not a valid YYMMDD date");
        }
        if (!isa.element(10).matches("\\d{4}") || !X12Time.valid(isa.element(10))) {
            ta1(InterchangeNoteCode.INVALID_TIME,
                    "ISA10 interchange time '" + isa.element(10) + "' is not a valid HHMM time");
        }
        if (!isa.element(13).matches("\\d{9}")) {
            ta1(InterchangeNoteCode.INVALID_CONTROL_NUMBER,
                    "ISA13 control number '" + isa.element(13) + "' is not nine digits");
        }
        if (!isa.element(14).equals("0") && !isa.element(14).equals("1")) {
            ta1(InterchangeNoteCode.INVALID_ACKNOWLEDGMENT_REQUESTED,
                    "ISA14 acknowledgment requested '" + isa.element(14) + "' is not 0 or 1");
        }
        if (!Set.of("P", "T", "I").contains(isa.element(15))) {
            ta1(InterchangeNoteCode.INVALID_TEST_INDICATOR,
                    "ISA15 usage indicator '" + isa.element(15) + "' is not P or T");
        }
    }

    @Override
    public void groupStart(Segment segment) {
        gs = segment;
        groupCodes = new ArrayList<>();
        transactions = new ArrayList<>();
        groupSupported = true;
        if (!gs.element(1).equals("HC")) {
            groupCodes.add(GroupErrorCode.NOT_SUPPORTED);
            groupSupported = false;
        } else if (!SUPPORTED.contains(gs.element(8))) {
            groupCodes.add(GroupErrorCode.VERSION_NOT_SUPPORTED);
            groupSupported = false;
        }
        if (!gs.element(6).matches("\\d{1,9}")) {
            groupCodes.add(GroupErrorCode.CONTROL_NUMBER_SYNTAX);
        }
    }

    @Override
    public void transactionSegment(Segment s) {
        if (s.is("ST")) {
            st = s;
            setCodes = new ArrayList<>();
            validator = null;
            if (note != InterchangeNoteCode.NO_ERROR) {
                return; // the interchange is rejected by its TA1: its content is not checked or processed
            }
            String implementation = s.element(3).isEmpty() && gs != null ? gs.element(8) : s.element(3);
            if (!s.element(1).equals("837") || gs != null && !gs.element(1).equals("HC")) {
                setCodes.add(SetErrorCode.NOT_SUPPORTED);
            } else if (!SUPPORTED.contains(implementation) || !groupSupported) {
                setCodes.add(SetErrorCode.IMPLEMENTATION_NOT_SUPPORTED);
            } else {
                validator = new TransactionValidator(map, interchange.delimiters().component());
            }
            if (s.element(2).length() < 4 || s.element(2).length() > 9) {
                setCodes.add(SetErrorCode.INVALID_CONTROL_NUMBER);
            }
        }
        if (validator != null) {
            validator.segment(s, s.position());
        }
    }

    @Override
    public void transactionEnd(TransactionHeader transaction, Segment se, int segmentCount) {
        if (st == null) {
            return;
        }
        if (se == null) {
            setCodes.add(SetErrorCode.TRAILER_MISSING);
        } else {
            if (!se.element(2).equals(st.element(2))) {
                setCodes.add(SetErrorCode.CONTROL_NUMBER_MISMATCH);
            }
            if (!se.element(1).equals(String.valueOf(segmentCount))) {
                setCodes.add(SetErrorCode.SEGMENT_COUNT_MISMATCH);
            }
        }
        List<SegmentError> errors = List.of();
        int errorCount = 0;
        if (validator != null) {
            validator.end(se == null ? st.position() : se.position());
            errors = List.copyOf(validator.errors());
            errorCount = validator.errorCount();
            if (errorCount > 0) {
                setCodes.add(SetErrorCode.SEGMENTS_IN_ERROR);
            }
        }
        if (transactions != null) {
            TransactionCheck check = new TransactionCheck(st.element(1), st.element(2), st.element(3), errors,
                    errorCount, List.copyOf(setCodes));
            transactions.add(check);
            transactionsBySt.put(st.position(), check);
        }
        st = null;
        validator = null;
    }

    @Override
    public void groupEnd(Segment segment, Segment ge, int transactionCount) {
        if (ge == null) {
            groupCodes.add(GroupErrorCode.TRAILER_MISSING);
        } else {
            if (!ge.element(2).equals(gs.element(6))) {
                groupCodes.add(GroupErrorCode.CONTROL_NUMBER_MISMATCH);
            }
            if (!ge.element(1).equals(String.valueOf(transactionCount))) {
                groupCodes.add(GroupErrorCode.SET_COUNT_MISMATCH);
            }
        }
        groups.add(new GroupCheck(gs, ge == null ? String.valueOf(transactionCount) : ge.element(1),
                List.copyOf(groupCodes), List.copyOf(transactions)));
        gs = null;
    }

    @Override
    public void interchangeEnd(InterchangeHeader header, Segment iea, int groupCount) {
        if (iea != null) {
            if (!iea.element(2).equals(header.controlNumber())) {
                ta1(InterchangeNoteCode.CONTROL_NUMBER_MISMATCH,
                        "IEA02 " + iea.element(2) + " does not match ISA13 " + header.controlNumber());
            } else if (!iea.element(1).equals(String.valueOf(groupCount))) {
                ta1(InterchangeNoteCode.INVALID_GROUP_COUNT,
                        "IEA01 says " + iea.element(1) + " groups, the interchange holds " + groupCount);
            }
        }
        InterchangeCheck check = new InterchangeCheck(header, header.controlNumber(), header.date(), header.time(),
                note, reason, header.isa().element(14).equals("1"), List.copyOf(groups));
        interchanges.add(check);
        interchangesByIsa.put(header.isa().position(), check);
        interchange = null;
    }

    @Override
    public void outsideTransaction(Segment segment) {
        if (interchange != null) {
            ta1(InterchangeNoteCode.INVALID_CONTENT,
                    segment.id() + " segment " + segment.position() + " is outside any transaction set");
        }
    }

    @Override
    public void prematureEnd(String why) {
        if (interchange != null) {
            ta1(InterchangeNoteCode.PREMATURE_END_OF_FILE, why);
        }
    }
}
