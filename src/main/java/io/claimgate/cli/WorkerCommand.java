package io.claimgate.cli;

import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.RunSettings;
import io.claimgate.route.SettingsCheck;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code worker}: a Kafka worker and nothing else (no intakes, no HTTP servers): it edits the claim batches that
 * reading nodes publish (claimgate.kafka.*) until stopped. OUT holds only its own state (its owner lock, control
 * numbers it never uses); its outputs are the results on the results topic.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Edit claim batches from Kafka (claimgate.kafka.brokers, .batches-topic, .group) and publish"
                + " their results, until stopped.")
public final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "worker-out", description = "Folder for the worker's own state.")
    Path out;

    @Option(names = "--threads", description = "Batches edited at once (claimgate.threads; default: one per core).")
    Integer threads;

    @Mixin
    CodeSetOptions editorOptions = new CodeSetOptions();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any claimgate.kafka.* setting, e.g."
            + " --set claimgate.kafka.brokers=kafka1:9092")
    Map<String, String> set = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> properties = new HashMap<>(RunSettings.oneShot());
        properties.putAll(set);
        properties.put("claimgate.kafka.worker", "true");
        properties.put("claimgate.kafka.enabled", "false");
        if (threads != null) {
            properties.put("claimgate.threads", threads.toString());
        }
        Map<String, String> settings;
        try {
            settings = CodeSetOptions.checkedSettings(properties);
        } catch (CommandFailure failure) {
            return failure.report();
        } catch (SettingsCheck.Refused refused) {
            return new CommandFailure(2, refused.getMessage()).report();
        }
        try (ClaimgateRuntime runtime = new ClaimgateRuntime(out, CodeSetOptions.threads(threads, settings),
                properties, editorOptions.editor())) {
            System.err.println("claimgate: Kafka worker of group " + settings.get("claimgate.kafka.group") + " at "
                    + settings.get("claimgate.kafka.brokers"));
            runtime.run();
        }
        return 0;
    }
}
