package io.claimgate.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One quarterly release of HCPCS Level II codes from the CMS alpha-numeric file ({@code HCPCyyyy_MMM_ANWEB_*.txt},
 * optionally gzipped, or the same member inside the CMS zip).
 *
 * <p>File format (CMS record layout, 1-based columns): fixed-width 320-character records, CRLF. 1-5 code (for a
 * modifier: 4-5), 11 record id (3 = procedure, 4 = procedure continuation, 7 = modifier, 8 = modifier
 * continuation), 92-119 short description, 269-276 code added date, 277-284 action effective date, 285-292
 * termination date (YYYYMMDD, blank when live), 293 action code. The file read is ISO-8859-1. The January 2026 file
 * has one over-long line (G9871, 547 bytes) and ends with a blank record without CRLF; both are tolerated because
 * only the fixed columns are read and records with a blank id are skipped.
 *
 * <p>Terminated codes stay in the file with their termination date, so one release answers for earlier dates
 * too; codes added later only appear in later releases.
 */
public final class HcpcsCodeSet {

    private static final Logger LOG = LoggerFactory.getLogger(HcpcsCodeSet.class);

    /** Release name such as HCPC2026_JAN_ANWEB_01122026; the year and month give the effective date. */
    static final Pattern RELEASE = Pattern.compile("(?i)(HCPC(\\d{4})_([A-Z]{3})_ANWEB(?:_(\\d{8}))?)");

    /**
     * One procedure code (record id 3). Dates are null when blank in the file. {@code termination} is the last day
     * the code may be billed. The short description is CMS public-domain text (HCPCS Level II has no AMA content).
     */
    public record HcpcsCode(String code, String shortDescription, LocalDate added, LocalDate actionEffective,
            LocalDate termination, String actionCode) {

        public CodeStatus statusOn(LocalDate dos) {
            return CodeStatus.on(dos, added, termination);
        }
    }

    private final String source;
    private final LocalDate effectiveDate;
    private final String[] codes;
    private final HcpcsCode[] entries;
    private final ModifierSet modifiers;

    private HcpcsCodeSet(String source, LocalDate effectiveDate, List<HcpcsCode> sorted, ModifierSet modifiers) {
        this.source = source;
        this.effectiveDate = effectiveDate;
        this.entries = sorted.toArray(HcpcsCode[]::new);
        this.codes = sorted.stream().map(HcpcsCode::code).toArray(String[]::new);
        this.modifiers = modifiers;
    }

    /** Loads a .txt or .txt.gz file; the effective date comes from its name (null if the name has none). */
    public static HcpcsCodeSet load(Path file) {
        long t0 = System.nanoTime();
        return parse(CodeFiles.readAll(file), effectiveDateFromName(CodeFiles.name(file)).orElse(null),
                file.toString(), t0);
    }

    /**
     * Loads the alpha-numeric TXT member (HCPC*ANWEB*.txt, not the record layout or notes) of a CMS zip such as
     * january-2026-alpha-numeric-hcpcs-file.zip. Empty when the zip has no such member.
     */
    public static Optional<HcpcsCodeSet> loadFromZip(Path zip) {
        long t0 = System.nanoTime();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Optional<? extends ZipEntry> member = anwebMember(zf);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            byte[] data;
            try (InputStream in = zf.getInputStream(member.get())) {
                data = CodeFiles.readAll(in);
            }
            String name = memberFileName(member.get());
            return Optional.of(parse(data, effectiveDateFromName(name).orElse(null), zip + "!" + name, t0));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read zip " + zip, e);
        }
    }

    /** The name of the ANWEB text member of a CMS HCPCS zip, if any (used to match it with loose files). */
    static Optional<String> anwebMemberName(Path zip) {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            return anwebMember(zf).map(HcpcsCodeSet::memberFileName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read zip " + zip, e);
        }
    }

    private static Optional<? extends ZipEntry> anwebMember(ZipFile zf) {
        return zf.stream().filter(e -> !e.isDirectory())
                .filter(e -> {
                    String n = memberFileName(e).toUpperCase(Locale.ROOT);
                    return n.startsWith("HCPC") && n.contains("ANWEB") && n.endsWith(".TXT");
                })
                .findFirst();
    }

    private static String memberFileName(ZipEntry e) {
        String n = e.getName();
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** Parses file content (plain or gzip) already in memory, e.g. a classpath resource. */
    public static HcpcsCodeSet parse(byte[] content, LocalDate effectiveDate, String source) {
        return parse(content, effectiveDate, source, System.nanoTime());
    }

    /** {@code t0} is when reading started, so the logged time includes decompression. */
    private static HcpcsCodeSet parse(byte[] content, LocalDate effectiveDate, String source, long t0) {
        List<HcpcsCode> codes = new ArrayList<>(10_000);
        List<ModifierSet.Modifier> mods = new ArrayList<>(400);
        int[] shortLines = {0};
        CodeFiles.forEachLine(content, (data, start, end, lineNo) -> {
            if (end - start < 11) {
                return;
            }
            byte id = data[start + 10];
            if (id != '3' && id != '7') {
                return; // continuations (4, 8) only carry more description text; blank records have no id
            }
            if (end - start < 292) {
                shortLines[0]++; // dates missing: keep the code, treat absent dates as blank
            }
            LocalDate added = CodeFiles.yyyymmdd(data, end, start + 268, lineNo);
            LocalDate action = CodeFiles.yyyymmdd(data, end, start + 276, lineNo);
            LocalDate term = CodeFiles.yyyymmdd(data, end, start + 284, lineNo);
            if (id == '3') {
                String code = CodeFiles.field(data, end, start, start + 5);
                if (code.length() != 5) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": bad HCPCS code '" + code
                            + "'; is this a CMS HCPC*ANWEB*.txt file?");
                }
                codes.add(new HcpcsCode(code, CodeFiles.field(data, end, start + 91, start + 119), added, action,
                        term, CodeFiles.field(data, end, start + 292, start + 293)));
            } else {
                String mod = CodeFiles.field(data, end, start + 3, start + 5);
                if (mod.length() != 2) {
                    throw new IllegalArgumentException(source + " line " + lineNo + ": bad modifier '" + mod + "'");
                }
                mods.add(new ModifierSet.Modifier(mod, ModifierSet.Level.HCPCS_LEVEL_II, added, action, term));
            }
        });
        codes.sort(Comparator.comparing(HcpcsCode::code));
        List<HcpcsCode> unique = new ArrayList<>(codes.size());
        for (HcpcsCode c : codes) {
            // A code should appear once; if a release ever repeats one, the later record wins.
            if (!unique.isEmpty() && unique.get(unique.size() - 1).code().equals(c.code())) {
                unique.set(unique.size() - 1, c);
            } else {
                unique.add(c);
            }
        }
        if (shortLines[0] > 0) {
            LOG.warn("{}: {} code records were shorter than 292 characters; their missing dates were read as blank",
                    source, shortLines[0]);
        }
        HcpcsCodeSet set = new HcpcsCodeSet(source, effectiveDate, unique, ModifierSet.of(mods));
        LOG.info("Loaded {} HCPCS codes and {} modifiers (effective {}) from {} in {} ms", unique.size(),
                mods.size(), effectiveDate, source, CodeFiles.millisSince(t0));
        return set;
    }

    /** The first day of the release month from a name such as HCPC2026_JAN_ANWEB_01122026.txt. */
    public static Optional<LocalDate> effectiveDateFromName(String fileName) {
        Matcher m = RELEASE.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        return CodeFiles.monthStart(m.group(2), m.group(3));
    }

    /** The release name (e.g. HCPC2026_JAN_ANWEB_01122026) in a file name, to tell copies of one release apart. */
    static Optional<String> releaseName(String fileName) {
        Matcher m = RELEASE.matcher(fileName);
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * ACTIVE, UNKNOWN, NOT_YET_EFFECTIVE or TERMINATED for a code on a date of service. Case-insensitive; does
     * not allocate for an upper-case code.
     */
    public CodeStatus statusOn(String code, LocalDate dos) {
        int i = index(code);
        return i < 0 ? CodeStatus.UNKNOWN : entries[i].statusOn(dos);
    }

    /** The code's record, whatever the date. */
    public Optional<HcpcsCode> find(String code) {
        int i = index(code);
        return i < 0 ? Optional.empty() : Optional.of(entries[i]);
    }

    private int index(String code) {
        if (code == null) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(codes, code.toUpperCase(Locale.ROOT));
        return Math.max(i, -1);
    }

    /** The HCPCS Level II modifiers of this release (record id 7), without the CPT ones. */
    public ModifierSet modifiers() {
        return modifiers;
    }

    /** First day of the release's quarter, from the file name; empty when the name does not say. */
    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    public String source() {
        return source;
    }

    public int size() {
        return entries.length;
    }

    @Override
    public String toString() {
        return "HcpcsCodeSet[" + entries.length + " codes, effective " + effectiveDate + ", " + source + "]";
    }
}
