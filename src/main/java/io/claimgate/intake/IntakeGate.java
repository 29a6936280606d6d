package io.claimgate.intake;

import io.claimgate.ack.InterchangeAcknowledgmentWriter;
import io.claimgate.commit.CommitPlan;
import io.claimgate.commit.Disposition;
import io.claimgate.commit.JournalEntry;
import io.claimgate.commit.OutputFile;
import io.claimgate.commit.OutputLayout;
import io.claimgate.edit.ProfileSet;
import io.claimgate.x12.ControlNumberSequence;
import io.claimgate.x12.InterchangeHeader;
import io.claimgate.x12.InterchangeNoteCode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly once, before any work: hashes each arriving file, refuses bytes that were processed before (or are
 * being processed right now) by putting them in duplicates/ beside a reason naming the earlier outcome, and
 * answers a file whose first interchange reuses the ISA13 its sender already used for other content with a TA1
 * (note 025), as the sender's profile says (on by default, within its window). Later interchanges are checked in
 * the structure pass, against {@link #earlierInterchange}. Every refusal is committed through a {@link CommitPlan}, like any other outcome.
 */
public final class IntakeGate {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeGate.class);

    private final OutputLayout layout;
    private final ProcessedFileStore store;
    private final ControlNumberSequence controlNumbers;
    private final Clock clock;
    private final ProfileSet profiles;
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private ClusterLeases leases;

    public IntakeGate(OutputLayout layout, ProcessedFileStore store, ControlNumberSequence controlNumbers,
            Clock clock) {
        this(layout, store, controlNumbers, clock, ProfileSet.none());
    }

    /** @param profiles the partners' profiles: whether and how far back a reused ISA13 is refused */
    public IntakeGate(OutputLayout layout, ProcessedFileStore store, ControlNumberSequence controlNumbers,
            Clock clock, ProfileSet profiles) {
        this.layout = layout;
        this.store = store;
        this.controlNumbers = controlNumbers;
        this.clock = clock;
        this.profiles = profiles;
    }

    /**
     * Joins the gate to the cluster's file claims: from now on a file is claimed in the store's database before it
     * is staged, and an inbox file another node holds is left alone. Called once, before any intake starts.
     */
    public IntakeGate claimingIn(ClusterLeases clusterLeases) {
        this.leases = clusterLeases;
        return this;
    }

    public ProcessedFileStore store() {
        return store;
    }

    /**
     * Hashes the file and decides. Unless the file is a duplicate, its hash is held as in flight until
     * {@link #release(Admission)}, so the same bytes arriving by two intakes at once are processed once.
     */
    public Admission admit(Path file, IntakeRequest request) throws IOException {
        long start = System.nanoTime();
        ContentFingerprint print = ContentFingerprint.of(file);
        String name = file.getFileName().toString();
        String busy = null;
        if (!request.force()) {
            busy = inFlight.putIfAbsent(print.sha256(), name);
            if (busy != null && busy.equals(name) && isInbox(request)) {
                return Admission.leaveAlone(file, request, "this node"); // this very file, in another exchange
            }
            if (busy == null && leases != null) {
                Admission other = claim(file, request, print, name);
                if (other != null) {
                    return other;
                }
            }
        }
        JournalEntry earlier = request.force() || busy != null ? null : store.find(print.sha256()).orElse(null);
        JournalEntry reused = null;
        if (earlier == null && busy == null && print.sender() != null) {
            reused = earlierInterchange(print, print.sender(), print.controlNumber()).filter(e -> profiles
                    .forInterchange(new InterchangeHeader(print.isa(), print.delimiters()))
                    .refusesReuse(e.instant(), Instant.now(clock))).orElse(null);
        }
        LOG.info("{}: {} bytes, sha256 {}, {}, intake {}{}{}", name, print.size(), print.shortHash(),
                print.sender() == null ? "no ISA" : "interchange " + print.controlNumber() + " from " + print.sender(),
                request.intake(),
                request.partner() == null ? "" : ", partner " + request.partner(), request.force() ? ", forced" : "");
        return new Admission(file, request, print, earlier, reused, busy, start, null);
    }

    /**
     * Claims the file's hash for this node before the store is read (the node that commits it holds the claim until
     * its input has moved, so a node that gets the claim afterwards sees the outcome, or the input gone). Null when
     * this node now holds it; else what to do: leave an inbox file another node holds, or whose input is gone,
     * alone (it is one arrival seen by two nodes), or refuse the same bytes arriving by another name or intake.
     */
    private Admission claim(Path file, IntakeRequest request, ContentFingerprint print, String name) {
        Optional<ClusterLeases.Holder> holder;
        try {
            holder = leases.claim(print.sha256(), name);
        } catch (java.sql.SQLException | RuntimeException e) {
            inFlight.remove(print.sha256(), name);
            if (!isInbox(request)) {
                throw new IllegalStateException("cannot claim the file in the store: " + e.getMessage(), e);
            }
            LOG.warn("{}: left in the inbox: cannot claim it in the store ({})", name, e.getMessage());
            return Admission.leaveAlone(file, request, "store unreachable");
        }
        if (holder.isEmpty()) {
            if (isInbox(request) && !Files.exists(file)) {
                inFlight.remove(print.sha256(), name);
                leases.release(print.sha256());
                return Admission.leaveAlone(file, request, "gone"); // another node settled it a moment ago
            }
            return null;
        }
        inFlight.remove(print.sha256(), name);
        if (isInbox(request)) {
            LOG.debug("{}: left alone, node {} holds it", name, holder.get().node());
            return Admission.leaveAlone(file, request, holder.get().node());
        }
        return new Admission(file, request, print, null, null, holder.get().input() + " (on node "
                + holder.get().node() + ")", System.nanoTime(), null);
    }

    /**
     * The folder intake: a file in the shared inbox stays there until its outcome is committed, so leaving it alone
     * only defers it to a later poll. Other intakes answer their caller now.
     */
    private static boolean isInbox(IntakeRequest request) {
        return "folder".equals(request.intake());
    }

    /**
     * The committed file, other than these same bytes, that used this sender and ISA13: the history the structure
     * pass checks every later interchange of the admitted file against (the first is checked here, at admission).
     */
    public Optional<JournalEntry> earlierInterchange(ContentFingerprint print, String sender, String isa13) {
        return store.findInterchange(sender, isa13).filter(e -> !print.sha256().equals(e.sha256()));
    }

    /** Lets the same bytes in again (once the outcome is committed, the store refuses them instead). */
    public void release(Admission admission) {
        if (admission.isLeftAlone() || admission.busyWith() != null) {
            return; // it holds nothing: admit() let go of what it took
        }
        inFlight.remove(admission.fingerprint().sha256(), admission.file().getFileName().toString());
        if (leases != null && !admission.request().force()) {
            try {
                leases.release(admission.fingerprint().sha256());
            } catch (RuntimeException e) {
                // the claim stays with this node's row; this node takes it back when it sees the bytes again
                LOG.warn("{}: cannot give up its claim in the store: {}", admission.file().getFileName(),
                        e.getMessage());
            }
        }
    }

    /** The store entry for a file committed with this outcome; the commit plan records it. */
    public JournalEntry entry(Admission a, String stem, Disposition outcome, String where) {
        ContentFingerprint print = a.fingerprint();
        return new JournalEntry(print.sha256(), stem, outcome, where, a.file().getFileName().toString(),
                a.request().intake(), a.request().partner(), print.sender(),
                print.sender() == null ? null : print.controlNumber(), a.request().force(),
                Instant.now(clock).toString());
    }

    /** Puts a duplicate in duplicates/S.ext beside duplicates/S.reason.txt; the store is not touched. */
    public Refusal refuseDuplicate(Admission a) throws IOException {
        String name = a.file().getFileName().toString();
        String stem = layout.reserveStem(name);
        Path work = layout.work().resolve(stem);
        String reason;
        if (a.earlier() != null) {
            JournalEntry e = a.earlier();
            reason = "the same content (sha256 " + a.fingerprint().sha256() + ") was processed before as "
                    + e.input() + " (intake " + e.intake() + ", " + e.time() + "): outcome "
                    + e.outcome().jsonName() + ", " + e.where() + "; replay with --force (or ?force=true) to process"
                    + " it again";
        } else {
            reason = "the same content (sha256 " + a.fingerprint().sha256() + ") is being processed now as "
                    + a.busyWith();
        }
        Path reasonFile = layout.duplicates().resolve(stem + ".reason.txt");
        settle(a, stem, work, List.of(writeReason(work, stem, name, reason, reasonFile)), layout.duplicates(), null);
        LOG.warn("{}: duplicate of {}, put in duplicates/ as {}", name,
                a.earlier() != null ? a.earlier().stem() : a.busyWith(), stem);
        return new Refusal(Disposition.DUPLICATE, stem, reason, reasonFile, null);
    }

    /** Answers an interchange whose ISA13 the sender already used for other content: TA1 note 025, input to error/. */
    public Refusal refuseInterchange(Admission a) throws IOException {
        String name = a.file().getFileName().toString();
        String stem = layout.reserveStem(name);
        Path work = layout.work().resolve(stem);
        JournalEntry e = a.reusedInterchange();
        String reason = "interchange control number " + a.fingerprint().controlNumber() + " of sender "
                + a.fingerprint().sender() + " was already used by " + e.input() + " (" + e.time()
                + ") with other content: TA1 note 025 (duplicate interchange control number) in acks/" + stem + ".ta1";
        Path reasonFile = layout.error().resolve(stem + ".reason.txt");
        Path ta1 = OutputFile.INTERCHANGE_ACK.staged(work, stem);
        writeTa1(a.fingerprint(), ta1);
        settle(a, stem, work, List.of(writeReason(work, stem, name, reason, reasonFile),
                new CommitPlan.Move(ta1, OutputFile.INTERCHANGE_ACK.published(layout, stem))), layout.error(),
                entry(a, stem, Disposition.INTERCHANGE_DUPLICATE, "error/" + stem + ".reason.txt"));
        LOG.warn("{}: ISA13 {} reused by {} with other content; TA1 025 written as acks/{}.ta1", name,
                a.fingerprint().controlNumber(), a.fingerprint().sender(), stem);
        return new Refusal(Disposition.INTERCHANGE_DUPLICATE, stem, reason, reasonFile,
                OutputFile.INTERCHANGE_ACK.published(layout, stem));
    }

    /** What a refusal left: the reason file, and the TA1 when there is one. */
    public record Refusal(Disposition disposition, String stem, String reason, Path reasonFile, Path ta1) {
    }

    private static CommitPlan.Move writeReason(Path work, String stem, String name, String reason, Path target)
            throws IOException {
        Path file = work.resolve(stem + ".reason.txt");
        Files.writeString(file, name + ": " + reason + System.lineSeparator(), StandardCharsets.UTF_8);
        return new CommitPlan.Move(file, target);
    }

    private void settle(Admission a, String stem, Path work, List<CommitPlan.Move> outputs, Path folder,
            JournalEntry entry) throws IOException {
        CommitPlan.settling(work, outputs, a.file(), a.request().keepInput(), folder, stem, entry).write()
                .apply(store);
    }

    /** TA1 025 (duplicate interchange control number), through the one TA1 writer. */
    private void writeTa1(ContentFingerprint print, Path target) throws IOException {
        InterchangeHeader in = new InterchangeHeader(print.isa(), print.delimiters());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.ISO_8859_1)) {
            InterchangeAcknowledgmentWriter.writeOne(out, in, in.controlNumber(), in.date(), in.time(),
                    InterchangeNoteCode.DUPLICATE_CONTROL_NUMBER, controlNumbers, LocalDateTime.now(clock));
        }
    }
}
