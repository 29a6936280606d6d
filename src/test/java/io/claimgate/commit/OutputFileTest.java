package io.claimgate.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The output folder contract of OutputLayout, spelled once in OutputFile: staged name → published name. */
class OutputFileTest {

    @Test
    void eachOutputIsStagedInTheWorkFolderAndPublishedUnderItsFolder() {
        OutputLayout layout = new OutputLayout(Path.of("out"));
        Path work = layout.work().resolve("s");
        List<String> names = new ArrayList<>();
        for (OutputFile file : OutputFile.values()) {
            names.add(layout.root().relativize(file.staged(work, "s")) + " -> "
                    + layout.root().relativize(file.published(layout, "s")));
        }
        assertEquals(List.of(
                ".work/s/s.837 -> accepted/s.837",
                ".work/s/s.rejected.json -> rejected/s.json",
                ".work/s/s.277 -> acks/s.277",
                ".work/s/s.999 -> acks/s.999",
                ".work/s/s.ta1 -> acks/s.ta1",
                ".work/s/s.report.json -> reports/s.json",
                ".work/s/s.report.html -> reports/s.html"), names);
    }
}
