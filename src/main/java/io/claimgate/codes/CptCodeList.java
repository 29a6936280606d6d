package io.claimgate.codes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user-supplied list of CPT (HCPCS Level I) codes. CPT is licensed by the AMA, so claimgate ships no CPT data;
 * a site with a licence exports its code list into this simple format.
 *
 * <p>Format (UTF-8 text, one code per line):
 * <pre>
 * # comment lines start with '#'; blank lines are ignored; text after '#' on a line is a comment
 * 99213
 * 99214|2021-01-01|
 * 0001U|2018-02-01|2025-12-31
 * </pre>
 * Fields are separated by '|': the code (5 characters: four digits then a digit or F, M, T, U), an optional
 * effective date and an optional termination date (YYYY-MM-DD; empty means open-ended). The termination date is
 * the last day the code may be billed. <b>Descriptors are deliberately not part of the format</b>: a line with more
 * than three fields is rejected, so a licensed descriptor file cannot be loaded (and logged) by mistake.
 */
public final class CptCodeList {

    private static final Logger LOG = LoggerFactory.getLogger(CptCodeList.class);
    private static final Pattern CODE = Pattern.compile("\\d{4}[0-9FMTU]");

    /** One listed code; dates are null when not given. */
    public record CptCode(String code, LocalDate effective, LocalDate termination) {

        public CodeStatus statusOn(LocalDate dos) {
            return CodeStatus.on(dos, effective, termination);
        }
    }

    private final Map<String, CptCode> byCode;

    private CptCodeList(Map<String, CptCode> byCode) {
        this.byCode = java.util.Collections.unmodifiableMap(byCode);
    }

    public static CptCodeList load(Path file) {
        return parse(CodeFiles.readAll(file), file.toString());
    }

    /** Several list files merged; on a duplicate code the later file wins. */
    public static CptCodeList load(Collection<Path> files) {
        Map<String, CptCode> map = new TreeMap<>();
        for (Path f : files) {
            map.putAll(load(f).byCode);
        }
        return new CptCodeList(map);
    }

    public static CptCodeList parse(byte[] content, String source) {
        Map<String, CptCode> map = new TreeMap<>();
        for (CodeFiles.ListLine entry : CodeFiles.listLines(content)) {
            String line = entry.text();
            String[] f = line.split("\\|", -1);
            String where = source + " line " + entry.number();
            if (f.length > 3) {
                throw new IllegalArgumentException(where + ": more than code|effective|termination (descriptors are"
                        + " not accepted)");
            }
            String code = f[0].strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(where + ": '" + f[0].strip() + "' is not a CPT code");
            }
            LocalDate eff = f.length > 1 ? date(f[1], where) : null;
            LocalDate term = f.length > 2 ? date(f[2], where) : null;
            map.put(code, new CptCode(code, eff, term));
        }
        LOG.info("Loaded {} CPT codes from {}", map.size(), source);
        return new CptCodeList(map);
    }

    private static LocalDate date(String s, String where) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + t + "' is not a YYYY-MM-DD date", e);
        }
    }

    /** True when the code is listed, whatever its dates. */
    public boolean contains(String code) {
        return code != null && byCode.containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** ACTIVE, UNKNOWN (not listed), NOT_YET_EFFECTIVE or TERMINATED on the date of service. */
    public CodeStatus statusOn(String code, LocalDate dos) {
        CptCode c = code == null ? null : byCode.get(code.toUpperCase(Locale.ROOT));
        return c == null ? CodeStatus.UNKNOWN : c.statusOn(dos);
    }

    public Optional<CptCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return "CptCodeList[" + byCode.size() + " codes]";
    }
}
