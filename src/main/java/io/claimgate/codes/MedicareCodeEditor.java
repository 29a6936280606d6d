package io.claimgate.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diagnosis age and sex lists of the CMS Medicare Code Editor (MCE), read from two CSV tables placed side by side
 * in the code-set folder: {@code mce_*_icd10cm_dx_edit_flags.csv} ({@code flag,code,start_date,end_date},
 * yyyyMMdd, empty end = open) and {@code mce_*_age_ranges.csv} ({@code age_group,start_age,end_age,start_date,
 * end_date}). Only the flags that judge a diagnosis against the patient are kept: newborn, pediatric, maternity,
 * adult (an age range each, which itself changed over time: maternity was 12-55 before 2019-10-01, 9-64 since) and
 * male, female (diagnoses for one sex only; CMS retired the sex edit after 2024-09-30, so those rows end there and
 * answer only for earlier dates of service). ICD-10 codes and CMS data are public domain.
 */
public final class MedicareCodeEditor {

    private static final Logger LOG = LoggerFactory.getLogger(MedicareCodeEditor.class);

    /** The MCE lists this loader keeps; the age ones name their row of the age-range table. */
    public enum Flag {
        NEWBORN("newborn", "Newborn"), PEDIATRIC("pediatric", "Pediatric"), MATERNITY("maternity", "Maternity"),
        ADULT("adult", "Adult"), MALE("male", ""), FEMALE("female", "");

        final String flag;
        final String ageGroup;

        Flag(String flag, String ageGroup) {
            this.flag = flag;
            this.ageGroup = ageGroup;
        }

        public boolean isAge() {
            return !ageGroup.isEmpty();
        }

        public String label() {
            return flag;
        }
    }

    /** One list entry of a code, in force from {@code start} to {@code end} (null: open), both inclusive. */
    public record Entry(Flag flag, String code, LocalDate start, LocalDate end) {

        public boolean activeOn(LocalDate dos) {
            return !dos.isBefore(start) && (end == null || !dos.isAfter(end));
        }
    }

    /** An age group's range in whole years, in force over its dates. */
    public record AgeRange(Flag flag, int from, int to, LocalDate start, LocalDate end) {

        public boolean activeOn(LocalDate dos) {
            return !dos.isBefore(start) && (end == null || !dos.isAfter(end));
        }
    }

    private final Map<String, List<Entry>> byCode;
    private final Map<Flag, List<AgeRange>> ages;
    private final String source;

    private MedicareCodeEditor(Map<String, List<Entry>> byCode, Map<Flag, List<AgeRange>> ages, String source) {
        this.byCode = byCode;
        this.ages = ages;
        this.source = source;
    }

    public static boolean isFlagsName(String lowerCaseName) {
        return lowerCaseName.startsWith("mce") && lowerCaseName.matches(".*icd10cm_dx_edit_flags\\.csv(\\.gz)?");
    }

    public static boolean isAgeRangesName(String lowerCaseName) {
        return lowerCaseName.startsWith("mce") && lowerCaseName.matches(".*age_ranges\\.csv(\\.gz)?");
    }

    public static MedicareCodeEditor load(Path flags, Path ageRanges) {
        return parse(CodeFiles.readAll(flags), CodeFiles.readAll(ageRanges), flags.toString());
    }

    public static MedicareCodeEditor parse(byte[] flags, byte[] ageRanges, String source) {
        long t0 = System.nanoTime();
        Map<String, Flag> known = new HashMap<>();
        for (Flag f : Flag.values()) {
            known.put(f.flag, f);
        }
        Map<String, List<Entry>> byCode = new HashMap<>(8_000);
        int kept = 0;
        for (CsvParser.Row row : CsvParser.parse(new String(flags, StandardCharsets.UTF_8))) {
            Flag flag = known.get(row.cell(0).trim().toLowerCase(Locale.ROOT));
            if (flag == null) {
                continue; // the header and the flags no rule here uses (manifestation, unacceptable, ...)
            }
            String code = row.cell(1).trim().toUpperCase(Locale.ROOT);
            byCode.computeIfAbsent(code, k -> new ArrayList<>(2)).add(new Entry(flag, code,
                    date(row.cell(2), source, row.line()), date(row.cell(3), source, row.line())));
            kept++;
        }
        byCode.replaceAll((k, v) -> List.copyOf(v));
        Map<Flag, List<AgeRange>> ages = new EnumMap<>(Flag.class);
        for (CsvParser.Row row : CsvParser.parse(new String(ageRanges, StandardCharsets.UTF_8))) {
            for (Flag f : Flag.values()) {
                if (f.isAge() && f.ageGroup.equalsIgnoreCase(row.cell(0).trim())) {
                    ages.computeIfAbsent(f, k -> new ArrayList<>(2)).add(new AgeRange(f,
                            Integer.parseInt(row.cell(1).trim()), Integer.parseInt(row.cell(2).trim()),
                            date(row.cell(3), source, row.line()), date(row.cell(4), source, row.line())));
                }
            }
        }
        for (Flag f : Flag.values()) {
            if (f.isAge() && !ages.containsKey(f)) {
                throw new IllegalArgumentException(source + ": the age-range table has no " + f.ageGroup + " row");
            }
        }
        LOG.info("Loaded {} MCE age/sex list entries ({} codes) from {} in {} ms", kept, byCode.size(), source,
                CodeFiles.millisSince(t0));
        return new MedicareCodeEditor(Map.copyOf(byCode), ages, source);
    }

    private static LocalDate date(String text, String source, int line) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        LocalDate d = io.claimgate.x12.X12Date.parse(t);
        if (d == null) {
            throw new IllegalArgumentException(source + " line " + line + ": '" + t + "' is not a yyyyMMdd date");
        }
        return d;
    }

    /** The list entries of a code (upper case, no decimal point), every flag and date; empty when none. */
    public List<Entry> entries(String code) {
        List<Entry> e = byCode.get(code);
        return e == null ? List.of() : e;
    }

    /** The age range of an age list in force on the date, or null (none for a sex list or an earlier date). */
    public AgeRange ageRange(Flag flag, LocalDate dos) {
        for (AgeRange r : ages.getOrDefault(flag, List.of())) {
            if (r.activeOn(dos)) {
                return r;
            }
        }
        return null;
    }

    public int size() {
        return byCode.size();
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "MedicareCodeEditor[" + byCode.size() + " codes, " + source + "]";
    }
}
