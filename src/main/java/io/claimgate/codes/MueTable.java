package io.claimgate.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Medically Unlikely Edits: the most units of a HCPCS/CPT code a provider reports for one patient on one date of
 * service, from the CMS NCCI MUE CSV (e.g. {@code MCR_MUE_PractitionerServices_Eff_04-01-2026.csv}).
 *
 * <p>File format: Latin-1 CSV. Row 1 is a quoted, multi-line AMA copyright cell; row 2 the header, whose first cell
 * has an embedded newline ({@code "HCPCS/\nCPT Code"}). Data rows: code, MUE value, MUE Adjudication Indicator
 * text whose first character is the MAI (1 = line edit, 2 = date of service edit: policy, 3 = date of service
 * edit: clinical), rationale. Rows are recognised by their shape (a 5-character code and an integer value), so
 * the copyright and header rows are skipped whatever their wording. The effective date is taken from the file
 * name ({@code Eff_MM-DD-YYYY}) since the file does not state it.
 */
public final class MueTable {

    private static final Logger LOG = LoggerFactory.getLogger(MueTable.class);
    private static final Pattern EFFECTIVE = Pattern.compile("(?i)Eff_(\\d{2})-(\\d{2})-(\\d{4})");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");

    /** One MUE row. {@code mai} is 1, 2 or 3 (0 if the file gave none); {@code maiText} the full cell. */
    public record Mue(String code, int limit, int mai, String maiText, String rationale) {
    }

    private final Map<String, Mue> byCode;
    private final LocalDate effectiveDate;
    private final String source;

    private MueTable(Map<String, Mue> byCode, LocalDate effectiveDate, String source) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.effectiveDate = effectiveDate;
        this.source = source;
    }

    public static MueTable load(Path file) {
        long t0 = System.nanoTime();
        return parse(CodeFiles.readAll(file), effectiveDateFromName(CodeFiles.name(file)).orElse(null),
                file.toString(), t0);
    }

    /** Parses CSV content (plain or gzip, Latin-1). */
    public static MueTable parse(byte[] content, LocalDate effectiveDate, String source) {
        return parse(content, effectiveDate, source, System.nanoTime());
    }

    private static MueTable parse(byte[] content, LocalDate effectiveDate, String source, long t0) {
        Map<String, Mue> map = new HashMap<>(20_000);
        int skipped = 0;
        for (CsvParser.Row row : CsvParser.parse(new String(content, StandardCharsets.ISO_8859_1))) {
            String code = row.cell(0).trim().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                skipped++; // copyright and header rows
                continue;
            }
            String value = row.cell(1).trim();
            int limit;
            try {
                limit = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + row.line() + ": MUE value '" + value
                        + "' for " + code + " is not a whole number", e);
            }
            String maiText = row.cell(2).trim();
            int mai = !maiText.isEmpty() && Character.isDigit(maiText.charAt(0)) ? maiText.charAt(0) - '0' : 0;
            map.put(code, new Mue(code, limit, mai, maiText, row.cell(3).trim()));
        }
        LOG.info("Loaded {} MUE rows (effective {}, {} non-data rows skipped) from {} in {} ms", map.size(),
                effectiveDate, skipped, source, CodeFiles.millisSince(t0));
        return new MueTable(map, effectiveDate, source);
    }

    /** The date in a name such as MCR_MUE_PractitionerServices_Eff_04-01-2026.csv. */
    public static Optional<LocalDate> effectiveDateFromName(String fileName) {
        Matcher m = EFFECTIVE.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The MUE value (maximum units) for a code; empty when the code has no MUE. */
    public OptionalInt limit(String code) {
        Mue m = get(code);
        return m == null ? OptionalInt.empty() : OptionalInt.of(m.limit());
    }

    /** The MUE Adjudication Indicator (1, 2 or 3); empty when the code has no MUE. */
    public OptionalInt adjudicationIndicator(String code) {
        Mue m = get(code);
        return m == null || m.mai() == 0 ? OptionalInt.empty() : OptionalInt.of(m.mai());
    }

    public Optional<Mue> find(String code) {
        return Optional.ofNullable(get(code));
    }

    private Mue get(String code) {
        return code == null ? null : byCode.get(code.toUpperCase(Locale.ROOT));
    }

    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    public int size() {
        return byCode.size();
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "MueTable[" + byCode.size() + " codes, effective " + effectiveDate + ", " + source + "]";
    }
}
