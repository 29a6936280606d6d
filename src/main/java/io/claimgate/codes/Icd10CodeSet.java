package io.claimgate.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fiscal year of ICD-10-CM billable (HIPAA-valid) diagnosis codes, loaded from the CDC/CMS
 * {@code icd10cm-codes-YYYY.txt} (CDC name) or {@code icd10cm_codes_YYYY.txt} (CMS name) file, optionally gzipped.
 *
 * <p>File format: one code per line, columns 1-7 the code without the dot, padded to column 8, the description
 * after it. Only billable codes are listed; the category headers (E11, M545, R05...) are not, which is why
 * {@link #isKnownHeader} derives them from the billable codes that start with them.
 *
 * <p>A fiscal year YYYY applies to dates of service from October 1 of YYYY-1 to September 30 of YYYY. The year is
 * taken from the file name (the digits after {@code codes-} or {@code codes_}) because the file itself has no
 * header.
 *
 * <p>Codes are kept as one sorted {@code String[]} (about 75,000 entries, no descriptions) and looked up by
 * binary search with a comparison that skips a '.' and upper-cases on the fly, so lookups never allocate.
 * Instances are immutable and thread-safe.
 */
public final class Icd10CodeSet {

    private static final Logger LOG = LoggerFactory.getLogger(Icd10CodeSet.class);

    /** Matches both the CDC and the CMS file names, with anything (e.g. ".RECONSTRUCTED") before ".txt". */
    static final Pattern FILE_NAME = Pattern.compile("(?i)icd10cm[-_]codes[-_](\\d{4})(?:[._-].*)?\\.txt(?:\\.gz)?");

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?i)codes[-_](\\d{4})");

    private final int fiscalYear;
    private final String source;
    private final String[] codes;

    private Icd10CodeSet(int fiscalYear, String source, String[] codes) {
        this.fiscalYear = fiscalYear;
        this.source = source;
        this.codes = codes;
    }

    /** Loads a codes file; the fiscal year comes from its name. */
    public static Icd10CodeSet load(Path file) {
        long t0 = System.nanoTime();
        int fy = fiscalYearFromName(CodeFiles.name(file));
        return parse(CodeFiles.readAll(file), fy, file.toString(), t0);
    }

    /** Builds a set from file content (plain or gzip) already in memory, e.g. a classpath resource. */
    public static Icd10CodeSet parse(byte[] content, int fiscalYear, String source) {
        return parse(content, fiscalYear, source, System.nanoTime());
    }

    /** {@code t0} is when reading started, so the logged time includes decompression. */
    private static Icd10CodeSet parse(byte[] content, int fiscalYear, String source, long t0) {
        List<String> list = new ArrayList<>(80_000);
        CodeFiles.forEachLine(content, (data, start, end, lineNo) -> {
            int s = start;
            int limit = Math.min(end, start + 8);
            int e = s;
            while (e < limit && data[e] != ' ' && data[e] != '\t') {
                e++;
            }
            if (e == s) {
                if (!CodeFiles.blank(data, start, end)) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": no code in columns 1-7");
                }
                return;
            }
            String code = new String(data, s, e - s, StandardCharsets.ISO_8859_1);
            if (!Icd10Form.matches(code)) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": '" + code
                        + "' is not an ICD-10-CM code; is this an icd10cm-codes file?");
            }
            list.add(code);
        });
        // The file is in tabular order, not alphabetical (C4A sits between C43 and C44), so sort before searching.
        String[] sorted = list.toArray(String[]::new);
        Arrays.sort(sorted);
        sorted = dedupe(sorted);
        LOG.info("Loaded {} ICD-10-CM FY{} codes from {} in {} ms", sorted.length, fiscalYear, source,
                CodeFiles.millisSince(t0));
        return new Icd10CodeSet(fiscalYear, source, sorted);
    }

    /** The fiscal year in a file name such as icd10cm-codes-2026.txt or icd10cm_codes_2027.txt. */
    public static int fiscalYearFromName(String fileName) {
        Matcher m = YEAR_IN_NAME.matcher(fileName);
        if (!m.find()) {
            throw new IllegalArgumentException("No fiscal year (codes-YYYY or codes_YYYY) in file name " + fileName);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The fiscal year a date of service falls in: October-December belong to the next year's code set. */
    public static int fiscalYearOf(LocalDate dos) {
        return dos.getMonthValue() >= 10 ? dos.getYear() + 1 : dos.getYear();
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    /** First date of service this code set applies to: October 1 of the previous calendar year. */
    public LocalDate validFrom() {
        return LocalDate.of(fiscalYear - 1, 10, 1);
    }

    /** Last date of service this code set applies to: September 30 of the fiscal year. */
    public LocalDate validTo() {
        return LocalDate.of(fiscalYear, 9, 30);
    }

    /** Where the set was loaded from (path or resource name), for messages. */
    public String source() {
        return source;
    }

    public int size() {
        return codes.length;
    }

    /**
     * True when the code is a billable code of this fiscal year. Accepts the code with or without the decimal point
     * and in any case ("e11.9", "E119"); does not trim spaces.
     */
    public boolean isBillable(String code) {
        return code != null && find(code) >= 0;
    }

    /**
     * True when the code is a valid but non-billable header: at least 3 characters (an ICD-10-CM category), not
     * billable itself, and some billable code starts with it. The codes file has no header lines, so this prefix
     * test is how M545, E11 and R05 are recognised in FY2026; it cannot tell a real header from an arbitrary
     * prefix of a longer code, but every prefix of 3+ characters of a billable code is a header in ICD-10-CM
     * except a prefix ending in the placeholder 'X' (e.g. "T360X" of T360X1A), which is accepted here too.
     */
    public boolean isKnownHeader(String code) {
        if (code == null || normalizedLength(code) < 3) {
            return false;
        }
        int i = find(code);
        if (i >= 0) {
            return false;
        }
        int insertion = -i - 1;
        return insertion < codes.length && startsWith(codes[insertion], code);
    }

    /** A copy of the codes in sorted order, for reporting and tests. */
    public List<String> codes() {
        return List.of(codes);
    }

    /** The billable code {@code code} refers to, normalised (no dot, upper case), when it is billable. */
    public Optional<String> canonical(String code) {
        int i = code == null ? -1 : find(code);
        return i >= 0 ? Optional.of(codes[i]) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Icd10CodeSet[FY" + fiscalYear + ", " + codes.length + " codes, " + source + "]";
    }

    private int find(String query) {
        int lo = 0;
        int hi = codes.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(codes[mid], query);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Compares a stored (normalised) code with a query, skipping '.' and upper-casing the query as it goes. */
    static int compare(String stored, String query) {
        int i = 0;
        int j = 0;
        int ls = stored.length();
        int lq = query.length();
        while (true) {
            while (j < lq && query.charAt(j) == '.') {
                j++;
            }
            if (i == ls) {
                return j == lq ? 0 : -1;
            }
            if (j == lq) {
                return 1;
            }
            char a = stored.charAt(i);
            char b = upper(query.charAt(j));
            if (a != b) {
                return a - b;
            }
            i++;
            j++;
        }
    }

    private static boolean startsWith(String stored, String query) {
        int i = 0;
        for (int j = 0; j < query.length(); j++) {
            char b = query.charAt(j);
            if (b == '.') {
                continue;
            }
            if (i >= stored.length() || stored.charAt(i) != upper(b)) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static int normalizedLength(String code) {
        int n = 0;
        for (int j = 0; j < code.length(); j++) {
            if (code.charAt(j) != '.') {
                n++;
            }
        }
        return n;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static String[] dedupe(String[] sorted) {
        int w = 0;
        for (int r = 0; r < sorted.length; r++) {
            if (w == 0 || !sorted[r].equals(sorted[w - 1])) {
                sorted[w++] = sorted[r];
            }
        }
        return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
    }

    /** The shape of an ICD-10-CM code without the dot: a letter, then 2 to 6 letters or digits. */
    private static final class Icd10Form {
        private static boolean matches(String code) {
            int n = code.length();
            if (n < 3 || n > 7 || !(code.charAt(0) >= 'A' && code.charAt(0) <= 'Z')) {
                return false;
            }
            for (int i = 1; i < n; i++) {
                char c = code.charAt(i);
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                    return false;
                }
            }
            return true;
        }
    }
}
