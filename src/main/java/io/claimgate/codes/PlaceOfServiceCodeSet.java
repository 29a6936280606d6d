package io.claimgate.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CMS Place of Service codes (two digits, CLM05-1 / SV105), assigned codes only.
 *
 * <p>Two input formats:
 * <ul>
 *   <li>FHIR Shorthand as published by the CMS beneficiary-fhir-data project ({@code CodeSystem-CLM-POS-CD.fsh}):
 *   lines {@code * #NN "NAME - DEFINITION"}. Entries whose text is {@code UNASSIGNED}, and the non-numeric
 *   {@code ~} entry, are skipped: an unassigned code must be rejected on a claim.</li>
 *   <li>Plain text: one code per line, optionally {@code |name} after it; {@code #} starts a comment, blank lines are
 *   ignored. This is the format of the shipped default list.</li>
 * </ul>
 * CMS publishes the code set only as a web page (no download), hence these two formats.
 */
public final class PlaceOfServiceCodeSet {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceOfServiceCodeSet.class);
    private static final Pattern FSH_LINE = Pattern.compile("^\\*\\s+#(\\S+)\\s+\"(.*)\"\\s*$");
    private static final Pattern CODE = Pattern.compile("\\d{2}");

    /** One code; {@code name} is the text given for it (may be empty in plain lists). */
    public record PlaceOfService(String code, String name) {
    }

    private final Map<String, PlaceOfService> byCode;
    private final String source;

    private PlaceOfServiceCodeSet(Map<String, PlaceOfService> byCode, String source) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.source = source;
    }

    /** Loads by extension: .fsh as FHIR Shorthand, anything else as a plain list. */
    public static PlaceOfServiceCodeSet load(Path file) {
        String name = CodeFiles.name(file).toLowerCase(Locale.ROOT);
        byte[] data = CodeFiles.readAll(file);
        return name.endsWith(".fsh") ? parseFsh(data, file.toString()) : parseText(data, file.toString());
    }

    /** Parses FSH content (UTF-8; the CMS text has curly quotes and dashes). */
    public static PlaceOfServiceCodeSet parseFsh(byte[] content, String source) {
        Map<String, PlaceOfService> map = new TreeMap<>();
        int unassigned = 0;
        for (String line : new String(content, StandardCharsets.UTF_8).split("\\R")) {
            Matcher m = FSH_LINE.matcher(line.strip());
            if (!m.matches() || !CODE.matcher(m.group(1)).matches()) {
                continue; // metadata lines (^url, ^status...) and the "~" placeholder concept
            }
            String text = m.group(2).trim();
            if (text.toUpperCase(Locale.ROOT).startsWith("UNASSIGNED")) {
                unassigned++;
                continue;
            }
            map.put(m.group(1), new PlaceOfService(m.group(1), text));
        }
        LOG.info("Loaded {} place of service codes ({} unassigned skipped) from {}", map.size(), unassigned, source);
        return new PlaceOfServiceCodeSet(map, source);
    }

    /** Parses the plain list format described in the class comment. */
    public static PlaceOfServiceCodeSet parseText(byte[] content, String source) {
        Map<String, PlaceOfService> map = new TreeMap<>();
        for (CodeFiles.ListLine entry : CodeFiles.listLines(content)) {
            String line = entry.text();
            int bar = line.indexOf('|');
            String code = (bar < 0 ? line : line.substring(0, bar)).strip();
            String name = bar < 0 ? "" : line.substring(bar + 1).strip();
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(source + " line " + entry.number() + ": '" + code
                        + "' is not a two-digit place of service code");
            }
            map.put(code, new PlaceOfService(code, name));
        }
        LOG.info("Loaded {} place of service codes from {}", map.size(), source);
        return new PlaceOfServiceCodeSet(map, source);
    }

    /** True for an assigned code, e.g. "11"; false for "00" or any unassigned code. */
    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Optional<PlaceOfService> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The assigned codes, sorted. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    public int size() {
        return byCode.size();
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "PlaceOfServiceCodeSet[" + byCode.size() + " codes, " + source + "]";
    }
}
