package io.claimgate.route;

import io.claimgate.output.ClaimFileProcessor;
import io.claimgate.output.FileOutcome;
import io.claimgate.output.StagedFile;
import java.io.File;
import java.io.IOException;
import org.apache.camel.Body;
import org.apache.camel.Header;

/**
 * The bean the routes call ("claimFiles" in camel-routes/claim-files.yaml): stage a file, then commit it or file
 * it under error/. The routes decide the order; this class only adapts Camel messages to the processor.
 */
public final class ClaimFileIntake {

    /** Message header: copy the input to archive/ instead of moving it (operator replays of files they keep). */
    public static final String KEEP_INPUT = "claimgateKeepInput";

    private final ClaimFileProcessor processor;

    public ClaimFileIntake(ClaimFileProcessor processor) {
        this.processor = processor;
    }

    public StagedFile stage(@Body File file, @Header(KEEP_INPUT) Boolean keepInput) throws IOException {
        return processor.stage(file.toPath(), Boolean.TRUE.equals(keepInput));
    }

    public FileOutcome commit(@Body StagedFile staged) {
        return staged.commit();
    }

    public FileOutcome fail(@Body StagedFile staged) {
        return staged.fail();
    }
}
