package io.claimgate.process.cluster;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.claim.ClaimBuilder;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.CodeSetNotice;
import io.claimgate.edit.api.CodeSystem;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.parse.ParsedSegment;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.TransactionHeader;
import io.claimgate.process.ClaimBatchEditor;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jackson encoding of claim batches and their results ({@link WireBatch}). The reading node encodes requests and
 * decodes replies around its own {@link RawClaim}s; a worker decodes requests into claims built exactly as the
 * segment reader built them and encodes what {@link ClaimBatchEditor} gave.
 */
public final class BatchCodec {

    /** Record components only: Finding's isError()/isReview() are derived, not data to send. */
    private final ObjectMapper json = new ObjectMapper().setVisibility(PropertyAccessor.IS_GETTER,
            JsonAutoDetect.Visibility.NONE);

    /** A decoded request: the batch's claims, as the reading node split them, and the date of the edits. */
    public record Batch(String file, long seq, LocalDate today, List<RawClaim> claims) {
    }

    public byte[] request(String file, long seq, LocalDate today, List<RawClaim> batch) {
        TransactionHeader t = batch.get(0).transaction();
        Delimiters d = t.interchange().delimiters();
        Map<HierarchyLevel, Integer> index = new IdentityHashMap<>();
        List<WireBatch.Level> levels = new ArrayList<>();
        List<WireBatch.Claim> claims = new ArrayList<>(batch.size());
        for (RawClaim c : batch) {
            claims.add(new WireBatch.Claim(level(c.billingProvider(), index, levels), level(c.subscriber(), index,
                    levels), level(c.patient(), index, levels), segs(c.claimSegments()), segs(c.lineSegments())));
        }
        String delimiters = new String(new char[] {d.element(), d.component(), d.repetition(), d.segment()});
        return write(new WireBatch.Request(file, seq, today.toString(), delimiters, full(t.interchange().isa()),
                full(t.gs()), full(t.st()), fullSegs(t.segments()), levels, claims));
    }

    public Batch batch(byte[] bytes) {
        WireBatch.Request r = read(bytes, WireBatch.Request.class);
        String dl = r.delimiters();
        Delimiters d = new Delimiters(dl.charAt(0), dl.charAt(1), dl.charAt(2), dl.charAt(3));
        TransactionHeader t = new TransactionHeader(new InterchangeHeader(segment(r.isa(), d), d), segment(r.gs(), d),
                segment(r.st(), d), segments(r.header(), d));
        List<HierarchyLevel> levels = new ArrayList<>(r.levels().size());
        for (WireBatch.Level l : r.levels()) {
            levels.add(new HierarchyLevel(segment(l.hl(), d), segments(l.segments(), d)));
        }
        List<RawClaim> claims = new ArrayList<>(r.claims().size());
        for (WireBatch.Claim c : r.claims()) {
            claims.add(new RawClaim(t, at(levels, c.provider()), at(levels, c.subscriber()), at(levels, c.patient()),
                    segments(c.claim(), d), segments(c.lines(), d)));
        }
        return new Batch(r.file(), r.seq(), LocalDate.parse(r.today()), claims);
    }

    public byte[] reply(String file, long seq, List<ClaimBatchEditor.Edited> edited) {
        List<WireBatch.Result> results = new ArrayList<>(edited.size());
        for (ClaimBatchEditor.Edited e : edited) {
            List<String[]> parsed = new ArrayList<>(e.parsed().size());
            e.parsed().forEach(p -> parsed.add(p.elements()));
            List<WireBatch.Notice> notices = e.result().notices().stream().map(n -> new WireBatch.Notice(
                    n.system().name(), n.kind().name(), n.date() == null ? null : n.date().toString(), n.period()))
                    .toList();
            results.add(new WireBatch.Result(parsed, e.result().findings(), e.result().profile(), notices));
        }
        return write(new WireBatch.Reply(file, seq, results));
    }

    /** The file and sequence a reply answers, checked against what was asked. */
    public List<ClaimResult> results(byte[] bytes, String file, long seq, List<RawClaim> batch) {
        WireBatch.Reply reply = read(bytes, WireBatch.Reply.class);
        if (!reply.file().equals(file) || reply.seq() != seq || reply.results().size() != batch.size()) {
            throw new IllegalStateException("the reply to batch " + seq + " of file " + file + " does not match it");
        }
        List<ClaimResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            WireBatch.Result r = reply.results().get(i);
            List<ParsedSegment> parsed = r.parsed().stream().map(ParsedSegment::new).toList();
            List<CodeSetNotice> notices = r.notices().stream().map(n -> new CodeSetNotice(CodeSystem.valueOf(
                    n.system()), CodeSetNotice.Kind.valueOf(n.kind()), n.date() == null ? null : LocalDate.parse(
                    n.date()), n.period())).toList();
            results.add(new ClaimResult(ClaimBuilder.build(batch.get(i), parsed), r.findings(), r.profile(),
                    notices));
        }
        return results;
    }

    private static int level(HierarchyLevel level, Map<HierarchyLevel, Integer> index,
            List<WireBatch.Level> levels) {
        if (level == null) {
            return -1;
        }
        return index.computeIfAbsent(level, l -> {
            levels.add(new WireBatch.Level(full(l.hl()), segs(l.segments())));
            return levels.size() - 1;
        });
    }

    private static HierarchyLevel at(List<HierarchyLevel> levels, int i) {
        return i < 0 ? null : levels.get(i);
    }

    /** Segments from the segment reader: their elements are rebuilt from their text on the worker. */
    private static List<WireBatch.Seg> segs(List<Segment> segments) {
        List<WireBatch.Seg> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            out.add(new WireBatch.Seg(s.raw(), s.position(), null));
        }
        return out;
    }

    /** Envelope and header segments, once per batch: sent with their elements (an ISA may be a reconstruction). */
    private static List<WireBatch.Seg> fullSegs(List<Segment> segments) {
        return segments.stream().map(BatchCodec::full).toList();
    }

    private static WireBatch.Seg full(Segment s) {
        return new WireBatch.Seg(s.raw(), s.position(), s.elements());
    }

    private static Segment segment(WireBatch.Seg s, Delimiters d) {
        return new Segment(s.e() != null ? s.e() : Segment.split(s.r(), d.element()), s.r(), s.p());
    }

    private static List<Segment> segments(List<WireBatch.Seg> segs, Delimiters d) {
        List<Segment> out = new ArrayList<>(segs.size());
        for (WireBatch.Seg s : segs) {
            out.add(segment(s, d));
        }
        return out;
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(byte[] bytes, Class<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
