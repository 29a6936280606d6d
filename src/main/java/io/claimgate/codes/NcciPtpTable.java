package io.claimgate.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NCCI procedure-to-procedure (PTP) edits from the official CMS practitioner tables ({@code ccipra-v*-f1..f4.txt}).
 *
 * <p>File format: tab-delimited text, one edit per line: column 1 code, column 2 code, pre-1996 flag ({@code *}
 * when the edit existed before 1996, else blank), effective date YYYYMMDD, deletion date YYYYMMDD or {@code *}
 * (no deletion), modifier indicator (0 = not allowed, 1 = allowed, 9 = not applicable), PTP edit rationale. The
 * CMS files start with copyright and column-heading lines; any line whose effective-date column is not 8 digits is
 * skipped as such. A quarter is split over several files, so {@link #load(Collection, LocalDate)} takes a list.
 *
 * <p>An edit is in force from its effective date through its deletion date (inclusive; CMS deletion dates are the
 * last day of a quarter). Edits are directional: {@link #edit} answers for (column1, column2) only; callers check
 * both orders of a pair of codes. A full quarter holds millions of rows, most of them long deleted, so the
 * loaders accept a cutoff that drops edits deleted before it to save memory.
 */
public final class NcciPtpTable {

    private static final Logger LOG = LoggerFactory.getLogger(NcciPtpTable.class);

    /**
     * One PTP edit. {@code deletion} is null when the edit is not deleted. {@code modifierIndicator} is '0', '1' or
     * '9'.
     */
    public record Edit(String column1, String column2, boolean existedBefore1996, LocalDate effective,
            LocalDate deletion, char modifierIndicator, String rationale) {

        public boolean activeOn(LocalDate dos) {
            return !dos.isBefore(effective) && (deletion == null || !dos.isAfter(deletion));
        }

        /** True when an NCCI-associated modifier (e.g. 59, XU) may bypass the edit (indicator 1). */
        public boolean modifierAllowed() {
            return modifierIndicator == '1';
        }
    }

    /** column1 -> column2 -> edits for that pair (several when an edit was deleted and re-added). */
    private final Map<String, Map<String, Edit[]>> edits;
    private final int size;

    private NcciPtpTable(Map<String, Map<String, Edit[]>> edits, int size) {
        this.edits = edits;
        this.size = size;
    }

    /** Loads one file, keeping every edit. */
    public static NcciPtpTable load(Path file) {
        return load(List.of(file), null);
    }

    /**
     * Loads several files of one table (the f1..f4 parts). Edits deleted before {@code keepDeletedOnOrAfter} are
     * dropped; pass null to keep all.
     */
    public static NcciPtpTable load(Collection<Path> files, LocalDate keepDeletedOnOrAfter) {
        Builder b = new Builder(keepDeletedOnOrAfter);
        for (Path f : files) {
            b.add(CodeFiles.readAll(f), f.toString());
        }
        return b.build();
    }

    /** Parses one file's content (plain or gzip) already in memory. */
    public static NcciPtpTable parse(byte[] content, String source, LocalDate keepDeletedOnOrAfter) {
        Builder b = new Builder(keepDeletedOnOrAfter);
        b.add(content, source);
        return b.build();
    }

    /** The edit for column1 then column2 in force on the date of service, if any. Case-insensitive. */
    public Optional<Edit> edit(String column1, String column2, LocalDate dos) {
        if (column1 == null || column2 == null) {
            return Optional.empty();
        }
        Map<String, Edit[]> row = edits.get(column1.toUpperCase(Locale.ROOT));
        Edit[] pair = row == null ? null : row.get(column2.toUpperCase(Locale.ROOT));
        if (pair != null) {
            for (Edit e : pair) {
                if (e.activeOn(dos)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Every edit (any date) for the pair, in file order. */
    public List<Edit> history(String column1, String column2) {
        Map<String, Edit[]> row = edits.get(column1.toUpperCase(Locale.ROOT));
        Edit[] pair = row == null ? null : row.get(column2.toUpperCase(Locale.ROOT));
        return pair == null ? List.of() : List.of(pair);
    }

    /** Number of edits kept. */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "NcciPtpTable[" + size + " edits, " + edits.size() + " column-1 codes]";
    }

    /** Accumulates rows from several files; interns codes and dates because a table repeats them millions of times. */
    private static final class Builder {
        private final LocalDate cutoff;
        private final Map<String, Map<String, List<Edit>>> edits = new HashMap<>();
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, LocalDate> dates = new HashMap<>();
        private int kept;
        private int dropped;

        Builder(LocalDate cutoff) {
            this.cutoff = cutoff;
        }

        void add(byte[] content, String source) {
            long t0 = System.nanoTime();
            int before = kept;
            int[] headerLines = {0};
            CodeFiles.forEachLine(content, (data, start, end, lineNo) -> {
                String line = new String(data, start, end - start, StandardCharsets.ISO_8859_1);
                String[] f = line.split("\t", -1);
                if (f.length < 6 || !isDate(f[3].trim())) {
                    headerLines[0]++;
                    return;
                }
                String c1 = intern(f[0].trim().toUpperCase(Locale.ROOT));
                String c2 = intern(f[1].trim().toUpperCase(Locale.ROOT));
                LocalDate eff = date(f[3], lineNo);
                LocalDate del = date(f[4], lineNo);
                String mi = f[5].trim();
                if (mi.length() != 1 || "019".indexOf(mi.charAt(0)) < 0) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": modifier indicator '" + mi
                            + "' is not 0, 1 or 9");
                }
                if (cutoff != null && del != null && del.isBefore(cutoff)) {
                    dropped++;
                    return;
                }
                String rationale = f.length > 6 ? intern(f[6].trim()) : "";
                Edit e = new Edit(c1, c2, f[2].trim().equals("*"), eff, del, mi.charAt(0), rationale);
                edits.computeIfAbsent(c1, k -> new HashMap<>()).computeIfAbsent(c2, k -> new ArrayList<>(1)).add(e);
                kept++;
            });
            LOG.info("Loaded {} NCCI PTP edits from {} ({} heading lines skipped) in {} ms", kept - before, source,
                    headerLines[0], CodeFiles.millisSince(t0));
        }

        NcciPtpTable build() {
            Map<String, Map<String, Edit[]>> frozen = new HashMap<>(edits.size() * 2);
            edits.forEach((c1, row) -> {
                Map<String, Edit[]> r = new HashMap<>(row.size() * 2);
                row.forEach((c2, list) -> r.put(c2, list.toArray(Edit[]::new)));
                frozen.put(c1, r);
            });
            if (dropped > 0) {
                LOG.info("Dropped {} PTP edits deleted before {}", dropped, cutoff);
            }
            return new NcciPtpTable(frozen, kept);
        }

        private static boolean isDate(String s) {
            return s.length() == 8 && s.chars().allMatch(Character::isDigit);
        }

        private String intern(String s) {
            return strings.computeIfAbsent(s, k -> k);
        }

        /** Parsed once per distinct text: a table has millions of rows but a few hundred dates. */
        private LocalDate date(String text, int lineNo) {
            LocalDate d = dates.get(text);
            if (d == null) {
                d = CodeFiles.yyyymmdd(text, lineNo);
                if (d != null) {
                    dates.put(text, d);
                }
            }
            return d;
        }
    }
}
