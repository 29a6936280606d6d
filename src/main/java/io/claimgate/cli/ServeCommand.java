package io.claimgate.cli;

import io.claimgate.edit.ClaimEditor;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.HttpAccess;
import io.claimgate.route.SettingsCheck;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}: runs the routes until stopped: the folder intake, the SFTP intake when enabled, the replay endpoint
 * POST /api/files, and /observe/health and /observe/metrics. Settings come from the options, then environment
 * variables (CLAIMGATE_INBOX, CLAIMGATE_SFTP_HOST, ...), then application.properties; all are checked before
 * anything starts (exit 2 and one line: an unknown key, a value out of range, a port in use, an HTTP server beyond
 * loopback without credentials).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Watch the inbox (and an SFTP folder when enabled), serve POST /api/files, /observe/health and"
                + " /observe/metrics, and process every file that arrives.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--inbox", description = "Folder to watch (claimgate.inbox).")
    String inbox;

    @Option(names = "--out", description = "Output folder (claimgate.out).")
    String out;

    @Option(names = "--threads", description = "Worker threads (claimgate.threads; default: one per core).")
    Integer threads;

    @Mixin
    CodeSetOptions editorOptions = new CodeSetOptions();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting of application.properties, e.g."
            + " --set claimgate.sftp.enabled=true --set claimgate.http.port=8081 (not the claimgate.auth secrets:"
            + " those come from the environment or a file).")
    Map<String, String> set = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> properties = new HashMap<>(set);
        if (inbox != null) {
            properties.put("claimgate.inbox", inbox);
        }
        if (out != null) {
            properties.put("claimgate.out", out);
        }
        if (threads != null) {
            properties.put("claimgate.threads", threads.toString());
        }
        Map<String, String> settings;
        try {
            settings = CodeSetOptions.checkedSettings(properties);
            HttpAccess.from(settings).check(settings);
        } catch (CommandFailure failure) {
            return failure.report();
        } catch (SettingsCheck.Refused refused) {
            return new CommandFailure(2, refused.getMessage()).report();
        }
        String inboxDir = settings.get("claimgate.inbox");
        String outDir = settings.get("claimgate.out");
        properties.put("claimgate.inbox", inboxDir);
        // the editor the runtime loads, kept to name its code sets in the start-up block
        java.util.function.Supplier<ClaimEditor> load = editorOptions.editor();
        java.util.concurrent.atomic.AtomicReference<ClaimEditor> loaded = new java.util.concurrent.atomic
                .AtomicReference<>();
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(Path.of(outDir),
                CodeSetOptions.threads(threads, settings), properties, () -> {
                    loaded.set(load.get());
                    return loaded.get();
                })) {
            LOG.info("{}", ServeBanner.text(settings, loaded.get().codeSetReleases()));
            runtime.run();
        }
        return 0;
    }
}
