package io.claimgate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimgate.commit.Disposition;
import io.claimgate.commit.JournalEntry;
import io.claimgate.commit.OutputLayout;
import io.claimgate.edit.ProfileSet;
import io.claimgate.edit.api.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's check of a file's first interchange follows the sender's profile: refused by default, let through when
 * the profile turns reuse refusal off or the earlier use is older than its window.
 */
class ReusedIsa13AdmissionTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path tmp;

    private Admission admit(Properties profile) throws Exception {
        OutputLayout layout = new OutputLayout(tmp.resolve("out"));
        layout.create();
        try (ProcessedFileStore store = ProcessedFileStore.open(tmp.resolve("store.journal"))) {
            if (store.size() == 0) {
                store.record(new JournalEntry("0123", "old", Disposition.PROCESSED, "reports/old.json", "old.837",
                        "folder", null, "ZZ:CLINIC01", "000000201", false, "2026-02-01T00:00:00Z"));
            }
            ProfileSet profiles = ProfileSet.of(Map.of("CLINIC01", Profile.parse("CLINIC01", profile, Set.of())));
            IntakeGate gate = new IntakeGate(layout, store, () -> 1, Clock.fixed(NOW, ZoneOffset.UTC), profiles);
            Path input = Files.copy(Path.of("samples/clean.837"), tmp.resolve("clean-" + profile.size() + ".837"));
            Admission a = gate.admit(input, new IntakeRequest("folder", null, false, false));
            gate.release(a);
            return a;
        }
    }

    @Test
    void aReusedFirstIsa13IsRefusedUnlessTheProfileSaysOtherwise() throws Exception {
        assertEquals("old.837", admit(new Properties()).reusedInterchange().input(), "refused by default");

        Properties off = new Properties();
        off.setProperty("envelope.refuse-reused-isa13", "off");
        assertNull(admit(off).reusedInterchange());

        Properties window = new Properties();
        window.setProperty("envelope.reused-isa13-window-days", "7");
        window.setProperty("description", "a week");
        assertNull(admit(window).reusedInterchange(), "the earlier use is 28 days old");
    }
}
