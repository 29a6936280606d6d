package io.claimgate.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name the file system cannot carry once claimgate adds its suffixes is cut for OUT, at a character boundary. */
class LongNameStemTest {

    @TempDir
    Path tmp;

    @Test
    void aStemIsCutSoThatItsLongestOutputNameFits() throws Exception {
        OutputLayout layout = new OutputLayout(tmp.resolve("out"));
        layout.create();
        String name = "T".repeat(250) + ".837";
        String stem = layout.reserveStem(name);
        assertEquals(255 - 5 - 6 - 14, stem.length());
        Files.writeString(OutputFile.REJECTED.staged(layout.work().resolve(stem), stem), "{}"); // would throw if too long
        assertEquals(stem + "-2", layout.reserveStem(name), "the cut stem is reserved like any other");
        assertEquals("short", layout.reserveStem("short.837"));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String stem = OutputLayout.fitting("日".repeat(100), ".837"); // 300 bytes in UTF-8
        assertTrue(stem.getBytes(StandardCharsets.UTF_8).length <= 255 - 5 - 6 - 14);
        assertEquals("日".repeat(76), stem);
    }
}
