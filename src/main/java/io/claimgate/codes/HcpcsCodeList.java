package io.claimgate.codes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A codes-only HCPCS release: one HCPCS Level II code ({@code A0021}) or modifier ({@code KX}) a line, no
 * descriptions and no dates, such as {@code hcpcs_level2_2026q3_codes-only.txt.gz} (the July 2026 codes, derived
 * from the CMS file). It carries no dates, so it cannot terminate anything: it only makes its codes known from its
 * effective date on. That date comes from the file name, which must hold a year and a quarter ({@code 2026q3},
 * {@code 2026-Q3}, {@code q3_2026}: the first day of the quarter) or a year and a CMS month ({@code 2026_JUL}: the
 * first day of the month). Lines may end in LF or CRLF; {@code #} starts a comment.
 */
public final class HcpcsCodeList {

    private static final Logger LOG = LoggerFactory.getLogger(HcpcsCodeList.class);

    private static final Pattern YEAR_QUARTER = Pattern.compile("(?i)(?<![0-9])(20\\d{2})[ _-]?q([1-4])(?![0-9])");
    private static final Pattern QUARTER_YEAR = Pattern.compile("(?i)(?<![a-z])q([1-4])[ _-]?(20\\d{2})(?![0-9])");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?i)(?<![0-9])(20\\d{2})[ _-]?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?![a-z])");

    private final String source;
    private final LocalDate effectiveDate;
    private final String[] codes;
    private final String[] modifiers;

    private HcpcsCodeList(String source, LocalDate effectiveDate, String[] codes, String[] modifiers) {
        this.source = source;
        this.effectiveDate = effectiveDate;
        this.codes = codes;
        this.modifiers = modifiers;
    }

    /** Loads a list file (plain or gzip); its name must give the effective date (see the class comment). */
    public static HcpcsCodeList load(Path file) {
        String name = CodeFiles.name(file);
        LocalDate effective = effectiveDateFromName(name).orElseThrow(() -> new IllegalArgumentException(file
                + ": a codes-only HCPCS list needs its year and quarter in its name (e.g. hcpcs_2026q3.txt)"));
        long t0 = System.nanoTime();
        HcpcsCodeList list = parse(CodeFiles.readAll(file), effective, file.toString());
        LOG.info("Loaded a codes-only HCPCS list: {} codes and {} modifiers (effective {}) from {} in {} ms",
                list.codes.length, list.modifiers.length, effective, file, CodeFiles.millisSince(t0));
        return list;
    }

    /** Parses list content: 5-character entries are procedure codes, 2-character entries modifiers. */
    public static HcpcsCodeList parse(byte[] content, LocalDate effectiveDate, String source) {
        List<String> codes = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        for (CodeFiles.ListLine line : CodeFiles.listLines(content)) {
            String code = line.text().toUpperCase(Locale.ROOT);
            if (code.matches("[A-Z]\\d{4}")) {
                codes.add(code);
            } else if (code.matches("[A-Z0-9]{2}")) {
                modifiers.add(code);
            } else {
                throw new IllegalArgumentException(source + " line " + line.number() + ": '" + line.text()
                        + "' is neither an HCPCS Level II code nor a modifier");
            }
        }
        return new HcpcsCodeList(source, effectiveDate, sortedUnique(codes), sortedUnique(modifiers));
    }

    private static String[] sortedUnique(List<String> values) {
        return values.stream().distinct().sorted().toArray(String[]::new);
    }

    /**
     * The first day of the quarter (or CMS month) the name gives; empty when it gives neither. A CMS ANWEB name
     * ({@code HCPC2026_JUL_ANWEB_...}) also matches the month form, so callers recognise full files first.
     */
    public static Optional<LocalDate> effectiveDateFromName(String fileName) {
        Matcher m = YEAR_QUARTER.matcher(fileName);
        if (m.find()) {
            return Optional.of(quarterStart(m.group(1), m.group(2)));
        }
        m = QUARTER_YEAR.matcher(fileName);
        if (m.find()) {
            return Optional.of(quarterStart(m.group(2), m.group(1)));
        }
        m = YEAR_MONTH.matcher(fileName);
        return m.find() ? CodeFiles.monthStart(m.group(1), m.group(2)) : Optional.empty();
    }

    private static LocalDate quarterStart(String year, String quarter) {
        return LocalDate.of(Integer.parseInt(year), (Integer.parseInt(quarter) - 1) * 3 + 1, 1);
    }

    /** True when the list holds the procedure code (upper case; does not allocate). */
    public boolean hasCode(String code) {
        return Arrays.binarySearch(codes, code) >= 0;
    }

    /** True when the list holds the modifier (upper case; does not allocate). */
    public boolean hasModifier(String modifier) {
        return Arrays.binarySearch(modifiers, modifier) >= 0;
    }

    public boolean hasCodes() {
        return codes.length > 0;
    }

    public boolean hasModifiers() {
        return modifiers.length > 0;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public String source() {
        return source;
    }

    public int size() {
        return codes.length + modifiers.length;
    }

    @Override
    public String toString() {
        return "HcpcsCodeList[" + codes.length + " codes, " + modifiers.length + " modifiers, effective "
                + effectiveDate + ", " + source + "]";
    }
}
