package io.claimgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The block serve logs at start: every address it listens on and the code sets it loaded. */
class ServeBannerTest {

    @Test
    void namesEachAddressAndTheCodeSets() throws Exception {
        Map<String, String> settings = new HashMap<>(CodeSetOptions.checkedSettings(Map.of(
                "claimgate.inbox", "/srv/in", "claimgate.out", "/srv/out", "claimgate.sftp.enabled", "true",
                "claimgate.sftp.host", "sftp.example.org", "claimgate.sftp.user", "clinic01",
                "claimgate.sftp.folder", "outbound", "claimgate.management.address", "0:0:0:0:0:0:0:1")));
        String n = System.lineSeparator();
        assertEquals("claimgate serve is listening:" + n
                + "  inbox        /srv/in (a sub-folder per partner)" + n
                + "  sftp         sftp://clinic01@sftp.example.org:22/outbound (polled)" + n
                + "  http intake  POST http://127.0.0.1:8080/api/files" + n
                + "  console      http://127.0.0.1:8080/ui" + n
                + "  health       http://[0:0:0:0:0:0:0:1]:9876/observe/health" + n
                + "  metrics      http://[0:0:0:0:0:0:0:1]:9876/observe/metrics" + n
                + "  outputs      /srv/out" + n
                + "  code sets    ICD-10-CM FY2026; HCPCS 2026-01-01", ServeBanner.text(settings,
                        "ICD-10-CM FY2026; HCPCS 2026-01-01"));
    }

    @Test
    void whatIsSwitchedOffSaysOff() throws Exception {
        Map<String, String> settings = new HashMap<>(CodeSetOptions.checkedSettings(Map.of(
                "claimgate.inbox.enabled", "false", "claimgate.http.enabled", "false",
                "claimgate.management.enabled", "false")));
        String text = ServeBanner.text(settings, "form only (no code set loaded)");
        for (String off : new String[] {"inbox", "sftp", "http intake", "console", "health", "metrics"}) {
            assertEquals(1, text.lines().filter(l -> l.equals(String.format("  %-12s off", off))).count(), text);
        }
        assertEquals("  outputs      " + Path.of("out").toAbsolutePath(), text.lines().toList().get(7));
        assertEquals("  code sets    form only (no code set loaded)", text.lines().toList().get(8));
    }
}
