package io.claimgate.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.bench.Synthetic837Generator;
import io.claimgate.commit.OutputLayout;
import io.claimgate.commit.StagedFile;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.x12.ControlNumberSequence;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim pass tells its listener of the file's start, every 128 claims written with the bytes read, and its end. */
class ProgressListenerTest {

    @TempDir
    Path tmp;

    @Test
    void theListenerHearsEvery128ClaimsAndTheBytesReadUpToTheWholeFile() throws Exception {
        Path input = tmp.resolve("gen.837");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.ISO_8859_1)) {
            new Synthetic837Generator(3).write(w, 1_000);
        }
        List<String> heard = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void started(String file, long bytes) {
                heard.add("started " + file + " " + bytes);
            }

            @Override
            public void claims(String file, long claims, long position) {
                heard.add(file + " " + claims);
                positions.add(position);
            }

            @Override
            public void finished(String file, long claims) {
                heard.add("finished " + file + " " + claims);
            }
        };
        OutputLayout layout = new OutputLayout(tmp.resolve("out"));
        layout.create();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try (ServiceLineParser parser = new ServiceLineParser()) {
            ClaimFileProcessor processor = new ClaimFileProcessor(layout, ControlNumberSequence.startingAt(1),
                    parser, ClaimEditor.standard(), pool, 1, Clock.systemUTC());
            processor.reportProgressTo(listener);
            StagedFile staged = processor.stage(input, true);
            assertEquals(1_000, staged.outcome().claims());
        } finally {
            pool.shutdownNow();
        }
        long size = Files.size(input);
        assertEquals(List.of("started gen.837 " + size, "gen.837 128", "gen.837 256", "gen.837 384", "gen.837 512",
                "gen.837 640", "gen.837 768", "gen.837 896", "finished gen.837 1000"), heard);
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i) >= positions.get(i - 1) && positions.get(i) <= size, positions.toString());
        }
        assertTrue(positions.get(0) > 0, positions.toString());
    }
}
