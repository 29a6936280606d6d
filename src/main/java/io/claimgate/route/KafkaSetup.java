package io.claimgate.route;

import io.claimgate.process.cluster.KafkaBatchClient;
import java.util.Map;

/** The Kafka mode's client for a reading node, from the claimgate.kafka.* settings; null when it is off. */
final class KafkaSetup {

    private KafkaSetup() {
    }

    static KafkaBatchClient client(ClaimgateSettings defaults, Map<String, String> settings) {
        if (!"true".equals(get(defaults, settings, Setting.KAFKA_ENABLED))) {
            return null;
        }
        return new KafkaBatchClient(config(defaults, settings));
    }

    /** A worker makes sure the topics exist before its route subscribes to them. */
    static void worker(ClaimgateSettings defaults, Map<String, String> settings) {
        if ("true".equals(get(defaults, settings, Setting.KAFKA_WORKER))) {
            KafkaBatchClient.createTopics(config(defaults, settings));
        }
    }

    private static KafkaBatchClient.Config config(ClaimgateSettings defaults, Map<String, String> settings) {
        return new KafkaBatchClient.Config(get(defaults, settings, Setting.KAFKA_BROKERS),
                get(defaults, settings, Setting.KAFKA_BATCHES_TOPIC), get(defaults, settings,
                Setting.KAFKA_RESULTS_TOPIC), Integer.parseInt(get(defaults, settings, Setting.KAFKA_PARTITIONS)),
                Integer.parseInt(get(defaults, settings, Setting.KAFKA_WINDOW)),
                Long.parseLong(get(defaults, settings, Setting.KAFKA_TIMEOUT)));
    }

    private static String get(ClaimgateSettings defaults, Map<String, String> settings, Setting s) {
        return defaults.get(s.key(), settings.get(s.key())).trim();
    }
}
