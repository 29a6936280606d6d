package io.claimgate.process.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A one-node Kafka broker in KRaft mode (broker and controller) in this JVM, on loopback ports, logs in a temporary
 * folder. The broker is Scala 2.13 while Smooks' Daffodil on the class path is Scala 2.12, so the broker's classes
 * (kafka.*) and its Scala are loaded from target/kafka-broker/ (copied by the build) by a loader that looks there
 * first; its Java modules (org.apache.kafka.*) come from the class path as usual.
 */
public final class KafkaBroker implements AutoCloseable {

    private final ClassLoader loader;
    private final Object server;
    private final String bootstrap;

    private KafkaBroker(ClassLoader loader, Object server, String bootstrap) {
        this.loader = loader;
        this.server = server;
        this.bootstrap = bootstrap;
    }

    /** Starts a broker whose data lives under {@code dir}; skips the test when the broker's jars were not copied. */
    public static KafkaBroker start(Path dir) throws Exception {
        Path lib = Path.of("target", "kafka-broker");
        Assumptions.assumeTrue(Files.isDirectory(lib), "target/kafka-broker/ holds the broker (mvn test-compile)");
        int port = freePort();
        int controller = freePort();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controller);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dir.resolve("data").toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "4");
        p.put("auto.create.topics.enable", "true");
        Files.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            p.store(out, "claimgate test broker");
        }
        ClassLoader loader = new BrokerFirst(jars(lib), KafkaBroker.class.getClassLoader());
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        current.setContextClassLoader(loader); // the broker's threads inherit it
        try {
            String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            int rc = (int) loader.loadClass("kafka.tools.StorageTool").getMethod("execute", String[].class,
                    PrintStream.class).invoke(null, new String[] {"format", "-t", clusterId, "-c", config.toString()},
                    new PrintStream(OutputStream.nullOutputStream()));
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format exited " + rc);
            }
            Object kafkaConfig = loader.loadClass("kafka.server.KafkaConfig").getMethod("fromProps", Properties.class)
                    .invoke(null, p);
            Class<?> time = loader.loadClass("org.apache.kafka.common.utils.Time");
            Object server = loader.loadClass("kafka.server.KafkaRaftServer").getConstructor(kafkaConfig.getClass(),
                    time).newInstance(kafkaConfig, time.getField("SYSTEM").get(null));
            server.getClass().getMethod("startup").invoke(server);
            return new KafkaBroker(loader, server, "127.0.0.1:" + port);
        } finally {
            current.setContextClassLoader(before);
        }
    }

    public String bootstrap() {
        return bootstrap;
    }

    @Override
    public void close() throws Exception {
        server.getClass().getMethod("shutdown").invoke(server);
        server.getClass().getMethod("awaitShutdown").invoke(server);
        ((URLClassLoader) loader).close();
    }

    private static URL[] jars(Path lib) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                try {
                    urls.add(jar.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IOException(e);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Loads the broker (kafka.*) and Scala from its own jars first, everything else from the class path. */
    private static final class BrokerFirst extends URLClassLoader {

        BrokerFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!(name.startsWith("kafka.") || name.startsWith("scala.") || name.startsWith("com.typesafe.scalalogging."))) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
