package io.claimgate.process.cluster;

import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.EditContext;
import io.claimgate.parse.RawClaim;
import io.claimgate.process.BatchEditing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading node's side of the Kafka mode: each batch is published to the batches topic under the key
 * "file id:sequence" and its pool thread waits for the reply with that key, which {@link ReplyListener} hands over.
 * A batch unanswered within the timeout is published once more (a worker died before answering and the broker has
 * not yet moved its partitions, or the broker was away); unanswered again, the file fails (error/, with the reason).
 * Plain Kafka clients: this is request/response correlation, which Camel's one-way kafka endpoints do not model
 * (docs/architecture.md, "Claim batches over Kafka").
 */
public final class KafkaBatchClient implements BatchEditing, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBatchClient.class);

    /** The settings of the Kafka mode (claimgate.kafka.*). */
    public record Config(String brokers, String batchesTopic, String resultsTopic, int partitions, int window,
            long timeoutMillis) {
    }

    private final Config config;
    private final BatchCodec codec = new BatchCodec();
    private final KafkaProducer<String, byte[]> producer;
    private final ReplyListener replies;
    private final ExecutorService waiting;

    public KafkaBatchClient(Config config) {
        this.config = config;
        createTopics(config);
        producer = new KafkaProducer<>(KafkaProperties.producer(config.brokers()));
        replies = new ReplyListener(config.brokers(), config.resultsTopic());
        AtomicLong threads = new AtomicLong();
        waiting = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "claimgate-kafka-wait-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        LOG.info("Kafka mode: claim batches to {} at {}, results from {}, {} batch(es) in flight per file",
                config.batchesTopic(), config.brokers(), config.resultsTopic(), config.window());
    }

    /**
     * Creates the two topics with the configured partitions unless they exist: reading nodes and workers both call
     * it at start, so whichever starts first makes them (a consumer subscribed to a missing topic would not see it
     * appear until its next metadata refresh, minutes later).
     */
    public static void createTopics(Config config) {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", config.brokers()))) {
            for (String topic : List.of(config.batchesTopic(), config.resultsTopic())) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.of(config.partitions()), Optional.empty())))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create Kafka topic " + topic + ": " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the Kafka topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + config.brokers() + " did not answer within 30 s", e);
        }
    }

    @Override
    public Function<List<RawClaim>, List<ClaimResult>> forFile(EditContext context) {
        // a random id: the file's name or contents never reach a key
        String file = UUID.randomUUID().toString();
        AtomicLong sequence = new AtomicLong();
        return batch -> edit(file, sequence.incrementAndGet(), context, batch);
    }

    private List<ClaimResult> edit(String file, long seq, EditContext context, List<RawClaim> batch) {
        byte[] request = codec.request(file, seq, context.today(), batch);
        String key = file + ":" + seq;
        CompletableFuture<byte[]> reply = replies.expect(key);
        try {
            for (int attempt = 1; ; attempt++) {
                producer.send(new ProducerRecord<>(config.batchesTopic(), key, request), (sent, failed) -> {
                    if (failed != null) {
                        reply.completeExceptionally(failed);
                    }
                });
                try {
                    return codec.results(reply.get(config.timeoutMillis(), TimeUnit.MILLISECONDS), file, seq, batch);
                } catch (TimeoutException e) {
                    if (attempt == 2) {
                        throw new IllegalStateException("no Kafka worker answered batch " + seq + " within 2 x "
                                + config.timeoutMillis() + " ms");
                    }
                    LOG.warn("batch {} of file {}: no answer within {} ms, publishing it again", seq, file,
                            config.timeoutMillis());
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch " + seq + " could not be published to Kafka: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for batch " + seq, e);
        } finally {
            replies.forget(key);
        }
    }

    @Override
    public Executor executor() {
        return waiting;
    }

    @Override
    public int window() {
        return config.window();
    }

    /** Replies dropped as duplicates (a redelivered batch answered twice) or as another reading node's. */
    public long dropped() {
        return replies.dropped();
    }

    @Override
    public void close() {
        waiting.shutdownNow();
        try {
            replies.close();
        } finally {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
