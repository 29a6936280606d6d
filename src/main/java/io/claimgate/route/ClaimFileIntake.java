package io.claimgate.route;

import io.claimgate.intake.Admission;
import io.claimgate.intake.IntakeGate;
import io.claimgate.intake.IntakeMetrics;
import io.claimgate.intake.IntakeRequest;
import io.claimgate.process.ClaimFileProcessor;
import io.claimgate.commit.Disposition;
import io.claimgate.commit.FileOutcome;
import io.claimgate.commit.OutputFile;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.StagedFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the routes call ("claimFiles" in camel-routes/claim-files.yaml): admit a file (hash it, refuse a
 * duplicate), stage it, then commit it or file it under error/. The routes decide the order; this class only adapts
 * Camel messages to the gate and the processor.
 */
public final class ClaimFileIntake {

    /** Message header: copy the input to archive/ instead of moving it (the source is not claimgate's). */
    public static final String KEEP_INPUT = "claimgateKeepInput";
    /** Message header: folder, sftp, http, replay or process. */
    public static final String INTAKE = "claimgateIntake";
    /** Message header: the trading partner; for folder drops it defaults to the inbox sub-folder. */
    public static final String PARTNER = "claimgatePartner";
    /** Message header: process again even when the same bytes were processed before. */
    public static final String FORCE = "claimgateForce";
    static final String ADMISSION = "claimgateAdmission";
    static final String REQUEST = "claimgateRequest";
    static final String INPUT = "claimgateInput";
    static final String ATTEMPTS = "claimgateFailedAttempts";
    private static final Logger LOG = LoggerFactory.getLogger(ClaimFileIntake.class);

    private final ClaimFileProcessor processor;
    private final IntakeGate gate;
    private final IntakeMetrics metrics;
    private final Runnable beforeCommit;

    public ClaimFileIntake(ClaimFileProcessor processor, IntakeGate gate, IntakeMetrics metrics) {
        this(processor, gate, metrics, () -> { });
    }

    /** @param beforeCommit run before any outcome is committed: the cluster's lease check (ClusterNode) */
    public ClaimFileIntake(ClaimFileProcessor processor, IntakeGate gate, IntakeMetrics metrics,
            Runnable beforeCommit) {
        this.processor = processor;
        this.gate = gate;
        this.metrics = metrics;
        this.beforeCommit = beforeCommit;
    }

    /** Hashes the file and decides whether it is new; the body becomes the {@link Admission}. */
    public Admission admit(@Body File file, Exchange exchange) throws StagingFailure {
        IntakeRequest request = request(exchange);
        exchange.setProperty(INPUT, file.toPath());
        Admission admission;
        try {
            admission = gate.admit(file.toPath(), request);
        } catch (java.nio.file.NoSuchFileException gone) {
            if (!"folder".equals(request.intake())) {
                throw failure(exchange, "cannot read " + file.getName() + ": " + gone, gone);
            }
            // moved away by another node while this one read it (a shared inbox): that node gives it its outcome
            admission = Admission.leaveAlone(file.toPath(), request, "gone");
        } catch (IOException | RuntimeException e) {
            throw failure(exchange, "cannot read " + file.getName() + ": " + e, e);
        }
        Admission admitted = admission;
        exchange.setProperty(ADMISSION, admitted);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                gate.release(admitted);
            }
        });
        return admitted;
    }

    /** Counts the failed attempts for the reason; the route's redelivery policy decides whether to try again. */
    private static StagingFailure failure(Exchange exchange, String message, Exception cause) {
        exchange.setProperty(ATTEMPTS, exchange.getProperty(ATTEMPTS, 0, Integer.class) + 1);
        return new StagingFailure(message, cause);
    }

    private static IntakeRequest request(Exchange exchange) {
        var in = exchange.getMessage();
        String intake = in.getHeader(INTAKE, "folder", String.class);
        String partner = in.getHeader(PARTNER, String.class);
        if (partner == null || partner.isBlank()) {
            partner = partnerOf(in.getHeader(Exchange.FILE_NAME, String.class));
        }
        IntakeRequest request = new IntakeRequest(intake, partner, Boolean.TRUE.equals(in.getHeader(FORCE,
                Boolean.class)), Boolean.TRUE.equals(in.getHeader(KEEP_INPUT, Boolean.class)));
        exchange.setProperty(REQUEST, request);
        return request;
    }

    /** A file in a sub-folder of the inbox (relative name "partner/file.837") belongs to that partner. */
    static String partnerOf(String relativeName) {
        if (relativeName == null) {
            return null;
        }
        Path parent = Path.of(relativeName).getParent();
        return parent == null ? null : parent.getName(0).toString();
    }

    public FileResult refuseDuplicate(@Body Admission a) throws IOException {
        beforeCommit.run();
        var r = gate.refuseDuplicate(a);
        return refused(a, r);
    }

    public FileResult refuseInterchange(@Body Admission a) throws IOException {
        beforeCommit.run();
        var r = gate.refuseInterchange(a);
        return refused(a, r);
    }

    private FileResult refused(Admission a, IntakeGate.Refusal r) {
        FileOutcome outcome = new FileOutcome(a.file().getFileName().toString(), r.stem(), false, 0, 0, 0,
                r.reason());
        metrics.outcome(a.request().intake(), r.disposition(), 0, 0, null, a.startNanos());
        return new FileResult(r.disposition(), outcome, a.request().intake(), a.request().partner(),
                a.request().force(), a.fingerprint().sha256(), null, r.ta1(), r.reasonFile());
    }

    /** Processes the file into the work folder; the store entry its commit will record is attached. */
    public StagedFile stage(@Body Admission a, Exchange exchange) throws StagingFailure {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("intake", a.request().intake());
        fields.put("partner", a.request().partner());
        if (a.request().force()) {
            fields.put("forced", true);
        }
        StagedFile staged;
        try {
            staged = processor.stage(a.file(), a.request().keepInput(), fields,
                    (sender, isa13) -> gate.earlierInterchange(a.fingerprint(), sender, isa13),
                    a.fingerprint().sha256());
        } catch (IOException | RuntimeException e) {
            throw failure(exchange, "cannot stage " + a.file().getFileName() + ": " + e, e);
        }
        String stem = staged.stem();
        return staged.isReadable()
                ? staged.recordingTo(gate.entry(a, stem, Disposition.PROCESSED, "reports/" + stem + ".json"),
                        gate.store())
                : staged.recordingTo(gate.entry(a, stem, Disposition.ERROR, "error/" + stem + ".reason.txt"),
                        gate.store());
    }

    /**
     * The error policy's last step (camel-routes/claim-files.yaml), once admitting or staging has failed after every
     * retry: the input goes to error/ beside a reason, like a file that is not X12. Nothing is recorded in the
     * processed-file store, so the same bytes are taken again once the cause is fixed.
     */
    public FileResult quarantine(Exchange exchange) throws IOException {
        beforeCommit.run();
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        while (cause != null && !(cause instanceof StagingFailure) && cause.getCause() != null) {
            cause = cause.getCause(); // Camel may wrap what the bean threw
        }
        int attempts = exchange.getProperty(ATTEMPTS, 0, Integer.class);
        Path input = exchange.getProperty(INPUT, Path.class);
        IntakeRequest request = exchange.getProperty(REQUEST, IntakeRequest.class);
        Admission a = exchange.getProperty(ADMISSION, Admission.class);
        String name = input.getFileName().toString();
        String reason = "claimgate could not process it (" + attempts + " attempt(s)): "
                + (cause == null ? "unknown failure" : cause.getMessage()) + "; drop it again once that is fixed";
        OutputLayout layout = processor.layout();
        String stem = layout.reserveStem(name);
        FileOutcome outcome = new StagedFile(layout, input, stem, layout.work().resolve(stem), request.keepInput(),
                new FileOutcome(name, stem, false, 0, 0, 0, reason)).fail();
        LOG.warn("{}: put in error/ as {} after {} attempt(s): {}", name, stem, attempts,
                cause == null ? "?" : cause.getMessage());
        metrics.outcome(request.intake(), Disposition.ERROR, 0, 0, null, a == null ? System.nanoTime() : a.startNanos());
        return new FileResult(Disposition.ERROR, outcome, request.intake(), request.partner(), request.force(),
                a == null ? null : a.fingerprint().sha256(), null, null, layout.error().resolve(stem + ".reason.txt"));
    }

    public FileResult commit(@Body StagedFile staged, Exchange exchange) {
        Admission a = exchange.getProperty(ADMISSION, Admission.class);
        beforeCommit.run();
        FileOutcome outcome = staged.commit();
        OutputLayout layout = processor.layout();
        Path report = layout.reports().resolve(staged.stem() + ".json");
        metrics.outcome(a.request().intake(), Disposition.PROCESSED, outcome.accepted(), outcome.rejected(), report,
                a.startNanos());
        return new FileResult(Disposition.PROCESSED, outcome, a.request().intake(), a.request().partner(), a.request().force(),
                a.fingerprint().sha256(), report, acknowledgment(layout, staged.stem()), null);
    }

    /**
     * The acknowledgment a replay names in "ack": the 277CA, or when there is none (the 999 accepted no set, or a
     * TA1 rejected every interchange) the 999, else the TA1; null when none was written.
     */
    static Path acknowledgment(OutputLayout layout, String stem) {
        for (OutputFile f : new OutputFile[] {OutputFile.CLAIM_ACK, OutputFile.IMPLEMENTATION_ACK,
                OutputFile.INTERCHANGE_ACK}) {
            Path p = f.published(layout, stem);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    public FileResult fail(@Body StagedFile staged, Exchange exchange) {
        Admission a = exchange.getProperty(ADMISSION, Admission.class);
        beforeCommit.run();
        FileOutcome outcome = staged.fail();
        metrics.outcome(a.request().intake(), Disposition.ERROR, 0, 0, null, a.startNanos());
        return new FileResult(Disposition.ERROR, outcome, a.request().intake(), a.request().partner(), a.request().force(),
                a.fingerprint().sha256(), null, null, processor.layout().error().resolve(staged.stem()
                + ".reason.txt"));
    }
}
