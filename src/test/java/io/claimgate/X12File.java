package io.claimgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentReader;
import io.claimgate.x12.X12FormatException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: an X12 file read back into segments, with envelope checks and 277CA lookups. */
public record X12File(List<Segment> segments, char component) {

    public static X12File read(Path file) {
        try (SegmentReader r = new SegmentReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1))) {
            List<Segment> list = new ArrayList<>();
            Segment s;
            while ((s = r.next()) != null) {
                list.add(s);
            }
            return new X12File(list, r.delimiters().component());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (X12FormatException e) {
            throw new AssertionError(file + " is not X12: " + e.getMessage(), e);
        }
    }

    public List<Segment> all(String id) {
        return segments.stream().filter(s -> s.is(id)).toList();
    }

    /** CLM01 of every claim, in order. */
    public List<String> claimIds() {
        return all("CLM").stream().map(s -> s.element(1)).toList();
    }

    /**
     * Asserts every envelope is consistent: IEA01 = number of GS, IEA02 = ISA13, GE01 = number of ST, GE02 = GS06,
     * SE01 = segments from ST to SE, SE02 = ST02, ISA 106 characters.
     */
    public void assertEnvelopes() {
        Segment isa = null;
        Segment gs = null;
        Segment st = null;
        int groups = 0;
        int sets = 0;
        int count = 0;
        for (Segment s : segments) {
            if (st != null) {
                count++;
            }
            switch (s.id()) {
                case "ISA" -> {
                    isa = s;
                    groups = 0;
                    assertEquals(105, s.raw().length(), "ISA length without terminator");
                }
                case "GS" -> {
                    gs = s;
                    groups++;
                    sets = 0;
                }
                case "ST" -> {
                    st = s;
                    sets++;
                    count = 1;
                }
                case "SE" -> {
                    assertNotNull(st);
                    assertEquals(String.valueOf(count), s.element(1), "SE01 of set " + st.element(2));
                    assertEquals(st.element(2), s.element(2), "SE02 = ST02");
                    st = null;
                }
                case "GE" -> {
                    assertEquals(String.valueOf(sets), s.element(1), "GE01");
                    assertEquals(gs.element(6), s.element(2), "GE02 = GS06");
                }
                case "IEA" -> {
                    assertEquals(String.valueOf(groups), s.element(1), "IEA01");
                    assertEquals(isa.element(13), s.element(2), "IEA02 = ISA13");
                }
                default -> { }
            }
        }
    }

    /**
     * For a 277CA: per claim id (2200D TRN*2), the status composites of its claim-level STC segments (STC01, STC10,
     * STC11 in order), with the component separator normalised to ':'.
     */
    public Map<String, List<String>> claimStatuses() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        String claim = null;
        boolean inLine = false;
        for (Segment s : segments) {
            if (s.is("HL")) {
                claim = null;
            } else if (s.is("TRN", "2") && isPatientLevel(s)) {
                claim = s.element(2);
                inLine = false;
                map.put(claim, new ArrayList<>());
            } else if (s.is("SVC")) {
                inLine = true;
            } else if (s.is("STC") && claim != null && !inLine) {
                for (int i : new int[] {1, 10, 11}) {
                    if (!s.element(i).isEmpty()) {
                        map.get(claim).add(s.element(i).replace(component, ':'));
                    }
                }
            }
        }
        return map;
    }

    /** Per claim id, the STC01 of each 2220D service line STC. */
    public Map<String, List<String>> lineStatuses() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        String claim = null;
        boolean inLine = false;
        for (Segment s : segments) {
            if (s.is("TRN", "2") && isPatientLevel(s)) {
                claim = s.element(2);
                inLine = false;
                map.put(claim, new ArrayList<>());
            } else if (s.is("SVC")) {
                inLine = true;
            } else if (s.is("STC") && claim != null && inLine) {
                map.get(claim).add(s.element(1).replace(component, ':'));
            }
        }
        return map;
    }

    private boolean isPatientLevel(Segment trn) {
        // 2200B TRN*2 follows NM1*41; 2200D TRN*2 follows NM1*QC.
        int i = segments.indexOf(trn);
        return i > 0 && segments.get(i - 1).is("NM1", "QC");
    }

    /** The first segment with this id and qualifier; fails when absent. */
    public Segment first(String id, String qualifier) {
        return segments.stream().filter(s -> s.is(id, qualifier)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + "*" + qualifier));
    }
}
