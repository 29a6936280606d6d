package io.claimgate.process.cluster;

import io.claimgate.edit.api.EditContext;
import io.claimgate.process.ClaimBatchEditor;

/**
 * A worker's step (camel-routes/kafka-worker.yaml): a batch request in, its reply out, through the same
 * {@link ClaimBatchEditor} (Smooks, then the edits) as single-node mode, with the date the reading node gave so
 * both modes edit against the same day.
 */
public final class KafkaBatchWorker {

    private final ClaimBatchEditor editor;
    private final BatchCodec codec = new BatchCodec();

    public KafkaBatchWorker(ClaimBatchEditor editor) {
        this.editor = editor;
    }

    public byte[] edit(byte[] request) {
        BatchCodec.Batch batch = codec.batch(request);
        return codec.reply(batch.file(), batch.seq(), editor.edit(batch.claims(), new EditContext(batch.today())));
    }
}
