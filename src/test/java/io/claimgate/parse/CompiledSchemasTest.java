package io.claimgate.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.Delimiters;
import io.claimgate.x12.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.daffodil.japi.DataProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-processor cache: hit, corrupt file, key per delimiter set, and a parser that uses it. */
class CompiledSchemasTest {

    private static final Delimiters PIPES = new Delimiters('|', '>', '^', '\n');
    private static DataProcessor pipes;
    private static String pipesKey;

    @BeforeAll
    static void compileOnce(@TempDir Path dir) throws Exception {
        String schema = ServiceLineSchema.text(PIPES);
        pipesKey = ServiceLineSchema.key(schema);
        pipes = DfdlPrecompiler.compile(schema, dir); // one real compile (seconds); the tests count calls of it
    }

    @Test
    void aCompiledProcessorIsWrittenOnceThenReloadedByTheNextProcess(@TempDir Path cache) throws Exception {
        AtomicInteger compiles = new AtomicInteger();
        new CompiledSchemas(cache).get(pipesKey, () -> {
            compiles.incrementAndGet();
            return pipes;
        });
        Path file = new CompiledSchemas(cache).folder().resolve(pipesKey + ".bin");
        assertTrue(Files.size(file) > 1000, "the processor is saved under its key");
        assertEquals(List.of(file), listing(file.getParent()), "no temporary file is left beside it");

        DataProcessor again = new CompiledSchemas(cache).get(pipesKey, () -> {
            compiles.incrementAndGet();
            return pipes;
        });
        assertEquals(1, compiles.get(), "the second look-up reloads instead of compiling");
        assertFalse(again.isError());
    }

    @Test
    void aCorruptCacheFileIsCompiledAgainAndReplaced(@TempDir Path cache) throws Exception {
        Path folder = new CompiledSchemas(cache).folder();
        Files.createDirectories(folder);
        Path file = folder.resolve(pipesKey + ".bin");
        Files.write(file, new byte[] {'n', 'o', 't', ' ', 'a', ' ', 'p', 'r', 'o', 'c', 'e', 's', 's', 'o', 'r'});
        AtomicInteger compiles = new AtomicInteger();
        new CompiledSchemas(cache).get(pipesKey, () -> {
            compiles.incrementAndGet();
            return pipes;
        });
        assertEquals(1, compiles.get());
        assertTrue(Files.size(file) > 1000, "the corrupt file is replaced by the compiled processor");
        new CompiledSchemas(cache).get(pipesKey, () -> {
            throw new AssertionError("the replaced file reloads");
        });
    }

    @Test
    void theKeyIsTheSchemaTextsHashSoOnlyTheGrammarsDelimitersChangeIt() {
        String standard = ServiceLineSchema.key(ServiceLineSchema.text(Delimiters.STANDARD));
        assertNotEquals(standard, pipesKey);
        assertNotEquals(standard, ServiceLineSchema.key(ServiceLineSchema.text(new Delimiters('*', ':', '^', '\n'))));
        // the component and repetition separators are split in Java, not in the grammar: one processor serves both
        assertEquals(standard, ServiceLineSchema.key(ServiceLineSchema.text(new Delimiters('*', '>', '!', '~'))));
        assertEquals(64, standard.length());
    }

    @Test
    void aParserWithACacheFolderParsesOtherDelimitersAndLeavesTheirProcessorThere(@TempDir Path cache)
            throws Exception {
        Path folder = new CompiledSchemas(cache).folder();
        Files.createDirectories(folder);
        Path file = folder.resolve(pipesKey + ".bin");
        CompiledSchemas.save(pipes, file);
        java.nio.file.attribute.FileTime saved = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, saved);
        try (ServiceLineParser parser = new ServiceLineParser(cache)) {
            List<Segment> lines = Stream.of("LX|1", "SV1|HC>99213|40|UN|2")
                    .map(r -> new Segment(Segment.split(r, '|'), r, 0)).toList();
            List<List<ParsedSegment>> parsed = parser.parse(PIPES, List.of(lines));
            assertArrayEquals(new String[] {"SV1", "HC>99213", "40", "UN", "2"}, parsed.get(0).get(1).elements());
        }
        assertEquals(List.of(file), listing(folder));
        assertEquals(saved, Files.getLastModifiedTime(file), "reloaded through Smooks, not compiled and saved again");
    }

    private static List<Path> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
