package io.claimgate.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.commit.OutputFile;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.StagedFile;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.x12.ControlNumberSequence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pass 2 edits claims before pass 1 has judged their sets ({@link StructureFirst}). A set the 999 rejects may hold
 * anything: its claims failing to edit changes nothing (they are reported as the set's rejection), while a failure
 * in an accepted set is still the file's internal error.
 */
class SpeculativeClaimPassTest {

    @TempDir
    Path tmp;

    private ExecutorService pool;
    private ServiceLineParser parser;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(2);
        parser = new ServiceLineParser();
    }

    @AfterEach
    void stop() throws Exception {
        parser.close();
        pool.shutdownNow();
    }

    /** samples/clean.837 (ISA13 201, 3 claims), then a copy (ISA13 202) whose SE01 miscounts: IK5 R, code 4. */
    private Path twoInterchanges() throws Exception {
        String clean = Files.readString(Path.of("samples/clean.837"), StandardCharsets.ISO_8859_1);
        String miscounted = clean.replace("*000000201*", "*000000202*").replace("IEA*1*000000201", "IEA*1*000000202")
                .replace("SE*70*0001", "SE*71*0001");
        return Files.writeString(tmp.resolve("two.837"), clean + miscounted, StandardCharsets.ISO_8859_1);
    }

    /** Edits on the pool as this node does, but fails any batch holding a claim of interchange {@code failing}. */
    private BatchEditing failingFor(String failing) {
        ClaimBatchEditor editor = new ClaimBatchEditor(parser, ClaimEditor.standard());
        return BatchEditings.on(pool, 4, context -> batch -> {
            if (batch.stream().anyMatch(c -> c.transaction().interchange().controlNumber().equals(failing))) {
                throw new IllegalStateException("cannot parse interchange " + failing);
            }
            return editor.edit(batch, context).stream().map(ClaimBatchEditor.Edited::result).toList();
        });
    }

    private OutputLayout layout;

    private StagedFile stage(BatchEditing editing) throws Exception {
        layout = new OutputLayout(tmp.resolve("out"));
        layout.create();
        ClaimFileProcessor processor = new ClaimFileProcessor(layout, ControlNumberSequence.startingAt(1), parser,
                ClaimEditor.standard(), pool, 2, Clock.systemUTC(), io.claimgate.edit.api.ClaimHistory.NONE, editing);
        return processor.stage(twoInterchanges(), true);
    }

    @Test
    void aRejectedSetWhoseClaimsCannotBeEditedIsAnsweredByThe999() throws Exception {
        StagedFile staged = stage(failingFor("000000202"));
        assertTrue(staged.isReadable(), staged.outcome().reason());
        assertEquals(List.of(6, 3, 3), List.of(staged.outcome().claims(), staged.outcome().accepted(),
                staged.outcome().rejected()));
        String ack999 = Files.readString(OutputFile.IMPLEMENTATION_ACK.staged(layout.work().resolve(staged.stem()), staged.stem()));
        assertTrue(ack999.contains("IK5*R*4"), ack999);
    }

    @Test
    void aClaimOfAnAcceptedSetThatCannotBeEditedIsStillAnInternalError() throws Exception {
        StagedFile staged = stage(failingFor("000000201"));
        assertEquals(false, staged.isReadable());
        assertEquals("internal error: java.lang.IllegalStateException: cannot parse interchange 000000201",
                staged.outcome().reason());
    }
}
