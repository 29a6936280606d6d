package io.claimgate.parse;

import io.claimgate.x12.Delimiters;
import io.claimgate.x12.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.io.source.ByteSource;

/**
 * Parses 837P service lines (the 2400 loops) with Smooks and its DFDL (EDI) parser.
 *
 * <p>Design, from the measurements in docs/architecture.md: Smooks costs in proportion to the bytes it sees, so it
 * is given only the service-line segments, never the whole file; a Smooks call has a fixed set-up cost (~165 µs),
 * so several claims' lines go through one call ({@link #parse(List)}); and compiling the schema takes seconds, so
 * there is one compiled instance per delimiter set, built on first use and shared by all threads.
 */
public final class ServiceLineParser implements AutoCloseable {

    private static final int READER_POOL = 2 * Runtime.getRuntime().availableProcessors() + 2;

    private final Map<Delimiters, Smooks> instances = new ConcurrentHashMap<>();
    private final Path schemaDir;
    private final Path compiledCache;

    /** A parser whose processors come from the jar (standard delimiters) or are compiled. */
    public ServiceLineParser() {
        this(null);
    }

    /** @param compiledCache where processors compiled for other delimiters are kept ({@link CompiledSchemas}) */
    public ServiceLineParser(Path compiledCache) {
        this.compiledCache = compiledCache;
        try {
            schemaDir = Files.createTempDirectory("claimgate-dfdl");
            schemaDir.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the line segments of several claims in one Smooks call.
     *
     * @param claims each claim's line segments, all from one interchange (one delimiter set)
     * @return per claim, its segments as Smooks parsed them, in the same order
     * @throws ServiceLineParseException when Smooks rejects the input
     */
    public List<List<ParsedSegment>> parse(Delimiters delimiters, List<List<Segment>> claims) {
        int bytes = 0;
        for (List<Segment> lines : claims) {
            for (Segment s : lines) {
                bytes += s.raw().length() + 1;
            }
        }
        byte[] input = new byte[bytes];
        int at = 0;
        for (List<Segment> lines : claims) {
            for (Segment s : lines) {
                String raw = s.raw();
                raw.getBytes(0, raw.length(), input, at); // ISO-8859-1: one byte per char, as the file was read
                at += raw.length();
                input[at++] = (byte) delimiters.segment();
            }
        }
        List<ParsedSegment> parsed = bytes == 0 ? List.of() : parseBytes(delimiters, input);
        List<List<ParsedSegment>> result = new ArrayList<>(claims.size());
        int from = 0;
        for (List<Segment> lines : claims) {
            int to = from + lines.size();
            if (to > parsed.size()) {
                throw new ServiceLineParseException("Smooks returned " + parsed.size() + " segments for " + to);
            }
            result.add(parsed.subList(from, to));
            from = to;
        }
        return result;
    }

    private List<ParsedSegment> parseBytes(Delimiters delimiters, byte[] input) {
        Smooks smooks = instances.computeIfAbsent(schemaKey(delimiters), this::compile);
        ExecutionContext ctx = smooks.createExecutionContext();
        List<ParsedSegment> out = new ArrayList<>();
        ctx.put(SegmentCollector.RESULT, out);
        try {
            smooks.filterSource(ctx, new ByteSource(input));
        } catch (RuntimeException e) {
            throw new ServiceLineParseException("Smooks could not parse the service lines: " + rootMessage(e), e);
        }
        SegmentCollector.finish(ctx);
        return out;
    }

    /** Only the element separator and segment terminator are in the grammar; composites are split in Java. */
    private static Delimiters schemaKey(Delimiters d) {
        return new Delimiters(d.element(), ':', '^', d.segment());
    }

    private Smooks compile(Delimiters d) {
        try {
            String schema = ServiceLineSchema.text(d);
            Path file = schemaDir.resolve("service-lines-" + (int) d.element() + "-" + (int) d.segment() + ".dfdl.xsd");
            Files.writeString(file, schema, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            Smooks smooks = new Smooks(new LeanSmooksContext().build());
            smooks.setFilterSettings(filterSettings());
            smooks.setReaderConfig(new CachedDfdlReaderConfigurator(file.toAbsolutePath().toString(), compiledCache));
            SegmentCollector collector = new SegmentCollector();
            smooks.addVisitor(collector, "segmentId");
            smooks.addVisitor(collector, "dataElement");
            // Load (or compile, 2-4 s) now, not in the middle of the first file.
            ExecutionContext ctx = smooks.createExecutionContext();
            ctx.put(SegmentCollector.RESULT, new ArrayList<>());
            smooks.filterSource(ctx, new ByteSource(("LX" + d.element() + "1" + d.segment())
                    .getBytes(StandardCharsets.ISO_8859_1)));
            return smooks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Nothing is serialised (claimgate reads the visitor's events, not Smooks' output) and parsers are pooled
     * instead of built for every call. Measured on a 20,000-claim file, 2 threads: 2,114 claims/s with Smooks'
     * default settings, 5,507 with these two (docs/architecture.md).
     */
    private static org.smooks.FilterSettings filterSettings() {
        return org.smooks.FilterSettings.newSaxNgSettings()
                .setDefaultSerializationOn(false)
                .setReaderPoolSize(READER_POOL);
    }

    /** Compiles the schema for a delimiter set ahead of the first file that needs it. */
    public void warmUp(Delimiters delimiters) {
        instances.computeIfAbsent(schemaKey(delimiters), this::compile);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        instances.values().forEach(Smooks::close);
        instances.clear();
    }
}
