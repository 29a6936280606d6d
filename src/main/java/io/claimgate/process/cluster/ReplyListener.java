package io.claimgate.process.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the results topic on one thread and completes the future waiting for each key. It reads every partition
 * from where they ended when it started, so it sees each reply sent after any batch of this node was published;
 * a key nobody waits for (a duplicate from a redelivered batch, another reading node's reply) is dropped.
 */
final class ReplyListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyListener.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, CompletableFuture<byte[]>> waiting = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;

    ReplyListener(String brokers, String topic) {
        consumer = new KafkaConsumer<>(KafkaProperties.replies(brokers));
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        // seekToEnd is lazy: take the positions now, before any batch is published, so no reply is missed
        assigned.forEach(consumer::position);
        thread = new Thread(this::listen, "claimgate-kafka-replies");
        thread.setDaemon(true);
        thread.start();
    }

    CompletableFuture<byte[]> expect(String key) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        waiting.put(key, f);
        return f;
    }

    void forget(String key) {
        waiting.remove(key);
    }

    long dropped() {
        return dropped.get();
    }

    private void listen() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    CompletableFuture<byte[]> f = r.key() == null ? null : waiting.get(r.key());
                    if (f == null || !f.complete(r.value())) {
                        dropped.incrementAndGet();
                        LOG.debug("reply {} dropped: nobody waits for it (a duplicate, or another node's)", r.key());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() asked to stop
        } catch (RuntimeException e) {
            LOG.error("the Kafka reply listener stopped", e);
            waiting.values().forEach(f -> f.completeExceptionally(e));
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
