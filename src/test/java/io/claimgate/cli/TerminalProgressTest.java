package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.cli.TerminalProgress.Mode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line of process and validate: its text, the ETA from the byte position, when it shows. */
class TerminalProgressTest {

    @Test
    void theLineSaysClaimsRatePercentReadAndTheEtaFromTheBytesLeft() {
        // 12,000 claims in 5 s; 40 of 100 MB read in 5 s: 60 MB left at 8 MB/s is 7.5 s
        assertEquals("big.837: 12,000 claims, 2,400 claims/s, 40% read, ETA 0:08",
                TerminalProgress.line("big.837", 12_000, 5.0, 40_000_000, 100_000_000));
        // a quarter read in 20 minutes: an hour left
        assertEquals("huge.837: 250,000 claims, 208 claims/s, 25% read, ETA 1:00:00",
                TerminalProgress.line("huge.837", 250_000, 1200.0, 25, 100));
        assertEquals("x.837: 10,000 claims, 0 claims/s, 0% read, ETA ?", TerminalProgress.line("x.837", 10_000, 0,
                0, 100));
        // read to the end, the last batches still being edited
        assertEquals("x.837: 10,000 claims, 1,000 claims/s, 100% read, ETA 0:00",
                TerminalProgress.line("x.837", 10_000, 10.0, 100, 100));
    }

    @Test
    void durationsReadAsMinutesAndSecondsOrHours() {
        assertEquals("0:00", TerminalProgress.duration(0));
        assertEquals("0:59", TerminalProgress.duration(59));
        assertEquals("12:34", TerminalProgress.duration(754));
        assertEquals("1:02:03", TerminalProgress.duration(3723));
    }

    @Test
    void theModeFollowsTheSettingAndAutoFollowsTheConsole() {
        assertEquals(Mode.TERMINAL, Mode.of("auto", true));
        assertEquals(Mode.LOG, Mode.of("auto", false));
        assertEquals(Mode.TERMINAL, Mode.of("terminal", false));
        assertEquals(Mode.LOG, Mode.of(" log ", true));
        assertEquals(Mode.OFF, Mode.of("off", true));
    }

    @Test
    void onATerminalOneLineIsRewrittenInPlaceAtMostFourTimesASecondThenCleared() {
        long[] now = {0};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(Mode.TERMINAL, new PrintStream(err, true,
                StandardCharsets.UTF_8), () -> now[0], 10_000);
        progress.started("big.837", 1000);
        progress.claims("big.837", 9_984, 100); // under the threshold: nothing
        now[0] = 1_000_000_000L;
        progress.claims("big.837", 10_112, 500);
        now[0] += 100_000_000L; // 0.1 s later: too soon
        progress.claims("big.837", 10_240, 510);
        now[0] = 2_000_000_000L;
        progress.claims("big.837", 20_000, 1000);
        progress.finished("big.837", 20_000);
        String first = "big.837: 10,112 claims, 10,112 claims/s, 50% read, ETA 0:01";
        String second = "big.837: 20,000 claims, 10,000 claims/s, 100% read, ETA 0:00";
        // the second line is one character longer, so no padding; clearing covers the longest
        assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSmallFileShowsNothingAndOffShowsNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        TerminalProgress small = new TerminalProgress(Mode.TERMINAL, stream, () -> 5_000_000_000L, 10_000);
        small.started("small.837", 100);
        small.claims("small.837", 9_984, 99);
        small.finished("small.837", 9_999);
        TerminalProgress off = new TerminalProgress(Mode.OFF, stream, () -> 5_000_000_000L, 10_000);
        off.started("big.837", 100);
        off.claims("big.837", 50_000, 99);
        off.finished("big.837", 50_000);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
