package io.claimgate.cli;

import io.claimgate.route.ClaimgateRuntime;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: runs the routes until stopped, processing every file dropped in the inbox. Settings come from
 * the options, then environment variables (CLAIMGATE_INBOX, CLAIMGATE_OUT), then application.properties.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Watch the inbox and process every file.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--inbox", description = "Folder to watch (claimgate.inbox).")
    String inbox;

    @Option(names = "--out", description = "Output folder (claimgate.out).")
    String out;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    @Mixin
    EditorOptions editorOptions = new EditorOptions();

    @Override
    public Integer call() throws Exception {
        Settings settings = new Settings();
        String inboxDir = settings.get("claimgate.inbox", inbox);
        String outDir = settings.get("claimgate.out", out);
        int n = Integer.parseInt(settings.get("claimgate.threads", threads == null ? null : threads.toString()));
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(Path.of(outDir), n,
                Map.of("claimgate.inbox", inboxDir, "claimgate.out", outDir), editorOptions.editor())) {
            System.err.println("claimgate: watching " + Path.of(inboxDir).toAbsolutePath() + ", outputs in "
                    + Path.of(outDir).toAbsolutePath());
            runtime.run();
        }
        return 0;
    }
}
