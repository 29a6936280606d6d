package io.claimgate.codes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The E/M reference table of em-mix-review (issue 13): office E/M services by peer group (a NUCC taxonomy code such
 * as 207Q00000X, a CMS specialty such as "Family Practice", or ALL for national totals) and HCPCS code, read as
 * published from a CSV in the --codesets folder named {@code em_*.csv} or {@code em-*.csv}. Columns by header,
 * case-insensitive: the group ({@code taxonomy}, {@code specialty}, {@code Rndrng_Prvdr_Type}; absent = ALL), the
 * code ({@code hcpcs}, {@code HCPCS_Cd}) and the services ({@code services}, {@code Tot_Srvcs},
 * {@code sum_tot_srvcs}), so CMS's "by Provider and Service" aggregate and its national totals read unchanged. The
 * data year is the file name's (CY2023, 2023). Holds no descriptors and no patient data: counts only.
 */
public final class EmReferenceTable {

    private static final Logger LOG = LoggerFactory.getLogger(EmReferenceTable.class);
    private static final Pattern YEAR = Pattern.compile("(?:cy)?(20\\d\\d)");
    public static final String ALL = "ALL";

    /** Office E/M shares of one peer group: services in all, at level 5, at levels 4 and 5. */
    public record Mix(String group, double services, double level5, double level45) {

        public double share5() {
            return services == 0 ? 0 : level5 / services;
        }

        public double share45() {
            return services == 0 ? 0 : level45 / services;
        }
    }

    private final String source;
    private final String year;
    private final Map<String, Mix> groups;

    private EmReferenceTable(String source, String year, Map<String, Mix> groups) {
        this.source = source;
        this.year = year;
        this.groups = groups;
    }

    public static boolean isTableName(String lowerCaseName) {
        return lowerCaseName.matches("em[-_].*\\.csv(\\.gz)?");
    }

    /** The newest (by name) readable table under {@code dir}, searched recursively; empty when there is none. */
    public static Optional<EmReferenceTable> find(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> tables = files.filter(Files::isRegularFile).filter(f -> isTableName(
                    f.getFileName().toString().toLowerCase(Locale.ROOT))).sorted().toList();
            for (int i = tables.size() - 1; i >= 0; i--) {
                Optional<EmReferenceTable> t = parse(new String(CodeFiles.readAll(tables.get(i)),
                        StandardCharsets.UTF_8), tables.get(i).getFileName().toString());
                if (t.isPresent()) {
                    LOG.info("E/M reference table {} ({}): {} peer group(s)", tables.get(i), t.get().year(),
                            t.get().groups.size());
                    return t;
                }
                LOG.warn("{} has no group/HCPCS/services columns of an E/M reference table; not loaded",
                        tables.get(i));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    /** A table from CSV text; empty when its header has no code and services columns. */
    public static Optional<EmReferenceTable> parse(String csv, String name) {
        List<CsvParser.Row> rows = CsvParser.parse(csv);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> header = rows.get(0).cells().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        int group = column(header, "taxonomy", "specialty", "rndrng_prvdr_type", "group");
        int code = column(header, "hcpcs", "hcpcs_cd", "hcpcs_code");
        int services = column(header, "services", "tot_srvcs", "sum_tot_srvcs");
        if (code < 0 || services < 0) {
            return Optional.empty();
        }
        Map<String, double[]> sums = new HashMap<>();
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.size() <= Math.max(code, Math.max(services, group))) {
                continue;
            }
            int level = officeLevel(cells.get(code).trim());
            if (level == 0) {
                continue;
            }
            double n = Double.parseDouble(cells.get(services).trim().replace(",", ""));
            double[] s = sums.computeIfAbsent(group < 0 ? ALL : key(cells.get(group)), k -> new double[3]);
            s[0] += n;
            s[1] += level == 5 ? n : 0;
            s[2] += level >= 4 ? n : 0;
        }
        Map<String, Mix> groups = new HashMap<>();
        sums.forEach((k, s) -> groups.put(k, new Mix(k, s[0], s[1], s[2])));
        Matcher m = YEAR.matcher(name.toLowerCase(Locale.ROOT));
        return Optional.of(new EmReferenceTable(name, m.find() ? "CY" + m.group(1) : "date not in the name",
                Map.copyOf(groups)));
    }

    private static int column(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String group) {
        return group.trim().toUpperCase(Locale.ROOT);
    }

    /** 99202-99205 and 99211-99215: the level (last digit), else 0. */
    public static int officeLevel(String code) {
        if (code == null || code.length() != 5 || !code.startsWith("992")) {
            return 0;
        }
        int n = code.charAt(3) - '0';
        int level = code.charAt(4) - '0';
        return n == 0 && level >= 2 && level <= 5 || n == 1 && level >= 1 && level <= 5 ? level : 0;
    }

    /** The mix of a taxonomy (or specialty) when the table has it, else its national (ALL) row, if any. */
    public Optional<Mix> mix(String taxonomy) {
        Mix own = taxonomy == null || taxonomy.isBlank() ? null : groups.get(key(taxonomy));
        return Optional.ofNullable(own != null ? own : groups.get(ALL));
    }

    /** The file's name, as loaded. */
    public String source() {
        return source;
    }

    /** The data year (CY2023), from the file name. */
    public String year() {
        return year;
    }
}
