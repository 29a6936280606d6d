package io.claimgate.process;

import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.GroupErrorCode;
import io.claimgate.syntax.ImplementationMap;
import io.claimgate.syntax.SegmentError;
import io.claimgate.syntax.SetErrorCode;
import io.claimgate.syntax.TransactionValidator;

import io.claimgate.edit.ProfileSet;
import java.time.Instant;
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
 * 837P. Set trailer problems give IK5 2/3/4, segment errors IK5 5. Every interchange is also checked for a reused
 * ISA13 ({@link ReusedInterchanges}, TA1 025) and an ISA11 that repeats another delimiter.
 */
public final class StructureScanner implements EnvelopeHandler {

    /** The 837P implementation conventions claimgate accepts in GS08/ST03 (X222A2 is the later errata). */
    public static final Set<String> SUPPORTED = Set.of("005010X222A1", "005010X222A2");

    private final ImplementationMap map;
    private final ReusedInterchanges reuse;
    private String trailing = "";
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
        this(map, new ReusedInterchanges(InterchangeHistory.NONE, ProfileSet.none(), Instant.now()));
    }

    StructureScanner(ImplementationMap map, ReusedInterchanges reuse) {
        this.map = map;
        this.reuse = reuse;
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
            // What could be read of the ISA goes into the TA1: the reply reaches its sender, TA102/TA103 echo it.
            InterchangeHeader loose = e.looseHeader();
            interchanges.add(new InterchangeCheck(loose, e.controlNumber(), loose == null ? "" : loose.date(),
                    loose == null ? "" : loose.time(), e.ta1Note(), e.getMessage(), false, List.of()));
            return new FileStructure(List.copyOf(interchanges), true, "");
        }
        return new FileStructure(List.copyOf(interchanges), false, trailing);
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
        IsaFieldChecks.check(header.isa(), this::ta1);
        InterchangeNoteCode clash = header.delimiters().repetitionClash();
        if (clash != null && header.isa().element(12).equals("00501")) {
            ta1(clash, "ISA11 repetition separator '" + header.delimiters().repetition()
                    + "' is also the " + (clash == InterchangeNoteCode.INVALID_COMPONENT_SEPARATOR ? "component separator"
                    : clash == InterchangeNoteCode.INVALID_ELEMENT_SEPARATOR ? "element separator" : "segment terminator"));
        }
        if (note == InterchangeNoteCode.NO_ERROR) {
            String reused = reuse.check(header);
            if (reused != null) {
                ta1(InterchangeNoteCode.DUPLICATE_CONTROL_NUMBER, reused);
            }
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
    public void trailingText(String what) {
        trailing = what;
    }

    @Override
    public void prematureEnd(String why) {
        if (interchange != null) {
            ta1(InterchangeNoteCode.PREMATURE_END_OF_FILE, why);
        }
    }
}
