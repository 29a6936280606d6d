package io.claimgate.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.CamelContextTracker;

/**
 * Catches the CamelContext a runtime creates while this is open (Camel's own {@link CamelContextTracker}), so that
 * a test can wait on the routes with Camel's {@link NotifyBuilder} instead of polling folders.
 */
final class CamelCapture extends CamelContextTracker {

    private volatile CamelContext context;

    CamelCapture() {
        open();
    }

    @Override
    public void contextCreated(CamelContext created) {
        context = created;
    }

    /** Notifies when {@code done} exchanges that came from the folder intake have finished (now on). */
    NotifyBuilder folderExchangesDone(int done) {
        return new NotifyBuilder(context).fromRoute("folder-intake").whenDone(done).create();
    }
}
