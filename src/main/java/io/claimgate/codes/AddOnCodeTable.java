package io.claimgate.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CMS NCCI add-on code (AOC) edit table for practitioners, read as published in its CSV form (e.g.
 * {@code AOC_V2026Q2-MCR.csv}): a header row {@code AOC_Edit_Type, Add-On_Code, AOC_DelDT, Primary_Code,
 * Primary_Code_DelDT, AOC_Edit_EffDT, AOC_Edit_DelDT, Special_Instruction_Notes}, then one row per add-on/primary
 * pair. Dates are Julian {@code YYYYDDD} (2026091 = 2026-04-01); an empty deletion date is open. Edit type 1 lists
 * the only eligible primaries; type 2 names none ({@code CCCCC}: the contractor defines them); type 3 lists some
 * primaries and lets contractors accept others. Rows that are not data (an AMA notice line, the header) are
 * recognised by their shape and skipped. The table holds CPT numbers (AMA copyright): it is never shipped.
 */
public final class AddOnCodeTable {

    private static final Logger LOG = LoggerFactory.getLogger(AddOnCodeTable.class);
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");
    private static final Pattern VERSION = Pattern.compile("(?i)AOC_V(\\d{4})Q([1-4])");
    /** The primary code of type 2 rows: "contractor defined primary codes". */
    public static final String CONTRACTOR_DEFINED = "CCCCC";

    /**
     * One row: the add-on code, its edit type (1, 2 or 3), one primary code, and the dates that bound the pair
     * (the edit's effective date, the earliest of the edit's, the add-on's and the primary's deletion dates; null
     * when open). A deletion date is the last day the edit applies.
     */
    public record Edit(String addOn, int type, String primary, LocalDate effective, LocalDate deleted) {

        public boolean activeOn(LocalDate dos) {
            return !dos.isBefore(effective) && (deleted == null || !dos.isAfter(deleted));
        }
    }

    private final Map<String, List<Edit>> byAddOn;
    private final String source;
    private final LocalDate effectiveDate;

    private AddOnCodeTable(Map<String, List<Edit>> byAddOn, String source, LocalDate effectiveDate) {
        this.byAddOn = byAddOn;
        this.source = source;
        this.effectiveDate = effectiveDate;
    }

    /** True for a file name this loader reads: {@code AOC_*.csv}. */
    public static boolean isTableName(String lowerCaseName) {
        return lowerCaseName.startsWith("aoc") && lowerCaseName.matches(".*\\.csv(\\.gz)?");
    }

    public static AddOnCodeTable load(Path file) {
        return parse(CodeFiles.readAll(file), file.toString());
    }

    /** Parses the CSV content (UTF-8 or plain ASCII, optionally gzip). */
    public static AddOnCodeTable parse(byte[] content, String source) {
        long t0 = System.nanoTime();
        Map<String, List<Edit>> map = new HashMap<>(2_000);
        int rows = 0;
        for (CsvParser.Row row : CsvParser.parse(new String(content, StandardCharsets.UTF_8))) {
            String type = row.cell(0).trim();
            String addOn = row.cell(1).trim().toUpperCase(Locale.ROOT);
            if (!type.matches("[123]") || !CODE.matcher(addOn).matches()) {
                continue; // notice and header rows
            }
            String primary = row.cell(3).trim().toUpperCase(Locale.ROOT);
            LocalDate effective = julian(row.cell(5), source, row.line());
            if (effective == null) {
                throw new IllegalArgumentException(source + " line " + row.line() + ": no AOC_Edit_EffDT for "
                        + addOn);
            }
            LocalDate deleted = earliest(earliest(julian(row.cell(2), source, row.line()),
                    julian(row.cell(4), source, row.line())), julian(row.cell(6), source, row.line()));
            map.computeIfAbsent(addOn, k -> new ArrayList<>(4))
                    .add(new Edit(addOn, type.charAt(0) - '0', primary, effective, deleted));
            rows++;
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        LOG.info("Loaded {} add-on code edit rows ({} add-on codes) from {} in {} ms", rows, map.size(), source,
                CodeFiles.millisSince(t0));
        return new AddOnCodeTable(Map.copyOf(map), source, versionDate(source));
    }

    /** A Julian YYYYDDD date; null when empty. */
    static LocalDate julian(String text, String source, int line) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{7}")) {
            throw new IllegalArgumentException(source + " line " + line + ": '" + t + "' is not a YYYYDDD date");
        }
        return LocalDate.ofYearDay(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4)));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** The first day of the quarter in a name such as AOC_V2026Q2-MCR.csv; null when the name has none. */
    static LocalDate versionDate(String name) {
        Matcher m = VERSION.matcher(name);
        return m.find() ? LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1) : null;
    }

    /** The rows of an add-on code (every type and date); empty when the code is not an add-on code. */
    public List<Edit> edits(String code) {
        List<Edit> e = byAddOn.get(code);
        return e == null ? List.of() : e;
    }

    /** True when the code is an add-on code with an edit active on the date. */
    public boolean isAddOn(String code, LocalDate dos) {
        for (Edit e : edits(code)) {
            if (e.activeOn(dos)) {
                return true;
            }
        }
        return false;
    }

    /** The number of add-on codes. */
    public int size() {
        return byAddOn.size();
    }

    public String source() {
        return source;
    }

    /** The first day of the quarter the file's name states (V2026Q2: 2026-04-01), or null. */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    @Override
    public String toString() {
        return "AddOnCodeTable[" + byAddOn.size() + " add-on codes, " + source + "]";
    }
}
