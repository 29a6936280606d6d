package io.claimgate.process.cluster;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka client settings of the reading node (the worker's are in camel-routes/kafka-worker.yaml). */
final class KafkaProperties {

    private KafkaProperties() {
    }

    /** Idempotent and acknowledged by every in-sync replica: a batch is never lost or written twice by a retry. */
    static Map<String, Object> producer(String brokers) {
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", brokers);
        p.put("enable.idempotence", true);
        p.put("acks", "all");
        p.put("linger.ms", 1);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        return p;
    }

    /** No group: the listener assigns itself every partition and reads from their end. */
    static Map<String, Object> replies(String brokers) {
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", brokers);
        p.put("enable.auto.commit", false);
        p.put("fetch.max.wait.ms", 50);
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        return p;
    }
}
