package io.claimgate.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.daffodil.japi.Daffodil;
import org.apache.daffodil.japi.DataProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled DFDL processors of the service-line schema, so that Daffodil compiles a schema once, not at every start:
 * compiling it took 3-5 s of the 7-9 s a 3-claim {@code process} took (issue 10), reloading a saved processor well
 * under a second.
 *
 * <p>Looked up by the SHA-256 of the schema text ({@link ServiceLineSchema#key}): first in the jar
 * ({@code io/claimgate/parse/dfdl/KEY.bin}, built at package time for the standard delimiters by
 * {@link DfdlPrecompiler}), then in the cache folder ({@code DIR/daffodil-VERSION/KEY.bin}, for other delimiter sets;
 * the Daffodil version is in the path because a processor saved by one version does not reload in another). A
 * missing or unreadable file means compiling; a compiled processor is written to the cache atomically (a temporary
 * file renamed into place), so two processes compiling the same schema at once each write a whole file and the last
 * rename wins, and a reader never sees half a file.
 */
public final class CompiledSchemas {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledSchemas.class);
    static final String RESOURCE_FOLDER = "dfdl/";

    private final Path cache;

    /** @param cacheDir the cache folder, or null to use only the jar's processors and compile the others */
    public CompiledSchemas(Path cacheDir) {
        this.cache = cacheDir == null ? null : cacheDir.resolve("daffodil-" + daffodilVersion());
    }

    /** The processor for the schema with this key: from the jar, the cache, or {@code compile} (then cached). */
    public DataProcessor get(String key, Callable<DataProcessor> compile) throws Exception {
        DataProcessor shipped = fromJar(key);
        if (shipped != null) {
            return shipped;
        }
        Path file = cache == null ? null : cache.resolve(key + ".bin");
        if (file != null && Files.isRegularFile(file)) {
            try {
                DataProcessor cached = Daffodil.compiler().reload(file.toFile());
                LOG.debug("service-line schema {} reloaded from {}", shortKey(key), file);
                return cached;
            } catch (Exception e) {
                LOG.warn("compiled schema {} cannot be reloaded ({}); compiling it again", file, e.getClass()
                        .getSimpleName());
            }
        }
        long t0 = System.nanoTime();
        DataProcessor compiled = compile.call();
        LOG.info("service-line schema {} compiled in {} ms", shortKey(key), (System.nanoTime() - t0) / 1_000_000);
        if (file != null) {
            save(compiled, file);
        }
        return compiled;
    }

    private static DataProcessor fromJar(String key) {
        try (InputStream in = CompiledSchemas.class.getResourceAsStream(RESOURCE_FOLDER + key + ".bin")) {
            return in == null ? null : Daffodil.compiler().reload(Channels.newChannel(in));
        } catch (Exception e) {
            LOG.warn("the compiled schema shipped for {} cannot be reloaded ({}); compiling it", shortKey(key),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /** Writes a processor to a temporary file beside {@code file}, then renames it into place. */
    static void save(DataProcessor processor, Path file) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                processor.save(Channels.newChannel(out));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs the next start a compile, nothing else
            LOG.warn("cannot cache the compiled schema in {}: {}", file, e.getMessage());
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left for the next run's rename or an operator; it is never read (wrong suffix)
            }
        }
    }

    /** The folder processors are cached in (below the one given: it names the Daffodil version). */
    public Path folder() {
        return cache;
    }

    static String daffodilVersion() {
        String v = Daffodil.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    private static String shortKey(String key) {
        return key.substring(0, 12);
    }
}
