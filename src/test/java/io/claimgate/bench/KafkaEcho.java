package io.claimgate.bench;

import io.claimgate.parse.RawClaim;
import io.claimgate.process.cluster.BatchCodec;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The transport part of the Kafka hop: the file's batches, serialized as the reading node does, go to a topic, an
 * echo consumer (the worker's place, doing no work) publishes each back to a results topic, and the sender waits
 * for them with 16 in flight, as the reading node does. Time per claim = all of it over the claims.
 */
final class KafkaEcho {

    private static final int WINDOW = 16;
    private final String brokers;

    KafkaEcho(String brokers) {
        this.brokers = brokers;
    }

    void measure(PrintStream out, List<List<RawClaim>> batches, int claims) throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String requests = "bench-batches-" + suffix;
        String replies = "bench-results-" + suffix;
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", brokers))) {
            admin.createTopics(List.of(new NewTopic(requests, Optional.of(8), Optional.empty()),
                    new NewTopic(replies, Optional.of(8), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        }
        BatchCodec codec = new BatchCodec();
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            payloads.add(codec.request("bench", i, LocalDate.now(), batches.get(i)));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        Thread echo = new Thread(() -> echo(requests, replies, running), "kafka-echo");
        echo.start();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producer());
                KafkaConsumer<String, byte[]> results = new KafkaConsumer<>(consumer(null))) {
            List<TopicPartition> parts = results.partitionsFor(replies).stream()
                    .map(p -> new TopicPartition(replies, p.partition())).toList();
            results.assign(parts);
            results.seekToEnd(parts);
            parts.forEach(results::position);
            roundTrip(producer, results, requests, payloads.subList(0, Math.min(WINDOW, payloads.size()))); // warm
            long t0 = System.nanoTime();
            roundTrip(producer, results, requests, payloads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long bytes = payloads.stream().mapToLong(b -> b.length).sum();
            out.printf("%-20s %8.1f us per claim (%d batches of up to 64 claims, %d in flight, %.1f MB; %.2f ms a"
                    + " batch)%n", "Kafka transport", seconds * 1e6 / claims, payloads.size(), WINDOW, bytes / 1e6,
                    seconds * 1e3 / payloads.size());
        } finally {
            running.set(false);
            echo.join();
        }
    }

    /** Sends every payload with at most WINDOW unanswered and waits for all answers (one thread: the sender polls). */
    private static void roundTrip(KafkaProducer<String, byte[]> producer, KafkaConsumer<String, byte[]> results,
            String topic, List<byte[]> payloads) {
        Semaphore window = new Semaphore(WINDOW);
        int sent = 0;
        int answered = 0;
        while (answered < payloads.size()) {
            while (sent < payloads.size() && window.tryAcquire()) {
                producer.send(new ProducerRecord<>(topic, "b:" + System.nanoTime() + ":" + sent, payloads.get(sent)));
                sent++;
            }
            producer.flush();
            for (ConsumerRecord<String, byte[]> r : results.poll(Duration.ofMillis(20))) {
                answered++;
                window.release();
            }
        }
    }

    private void echo(String requests, String replies, AtomicBoolean running) {
        try (KafkaConsumer<String, byte[]> in = new KafkaConsumer<>(consumer("bench-echo"));
                KafkaProducer<String, byte[]> back = new KafkaProducer<>(producer())) {
            in.subscribe(List.of(requests));
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> r : in.poll(Duration.ofMillis(20))) {
                    back.send(new ProducerRecord<>(replies, r.key(), r.value()));
                }
                back.flush();
            }
        }
    }

    private Map<String, Object> producer() {
        return Map.of("bootstrap.servers", brokers, "enable.idempotence", true, "acks", "all", "linger.ms", 1,
                "key.serializer", StringSerializer.class.getName(), "value.serializer",
                ByteArraySerializer.class.getName());
    }

    private Map<String, Object> consumer(String group) {
        Map<String, Object> p = new java.util.HashMap<>(Map.of("bootstrap.servers", brokers, "enable.auto.commit",
                group != null, "auto.offset.reset", "earliest", "fetch.max.wait.ms", 10, "key.deserializer",
                StringDeserializer.class.getName(), "value.deserializer", ByteArrayDeserializer.class.getName()));
        if (group != null) {
            p.put("group.id", group);
        }
        return p;
    }
}
