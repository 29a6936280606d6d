package io.claimgate.codes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every code set claimgate validates against, loaded together from one folder (or the small curated default).
 *
 * <p>{@link #load(Path)} walks the folder recursively and picks files by name, so a site can drop the CMS/CDC
 * downloads in unchanged:
 * <ul>
 *   <li>ICD-10-CM: {@code icd10cm-codes-YYYY.txt} / {@code icd10cm_codes_YYYY.txt} (optionally {@code .gz}), one per
 *   fiscal year, several years side by side; the date of service picks the year.</li>
 *   <li>HCPCS Level II (and its modifiers): {@code HCPC*ANWEB*.txt[.gz]}, or a {@code .zip} holding such a member.
 *   Copies of the same release (loose file, zip, a modifiers-only extract) are loaded once, preferring the loose
 *   full file, then the zip, then a file whose name mentions "modifier".</li>
 *   <li>Codes-only HCPCS lists (one code or modifier a line): {@code *hcpc*.txt[.gz]} or {@code *modifier*.txt[.gz]}
 *   whose name gives a year and quarter, e.g. {@code hcpcs_level2_2026q3_codes-only.txt.gz} (see
 *   {@link HcpcsCodeList}); they add known codes from that quarter on.</li>
 *   <li>MUE: {@code *MUE*.csv}; Place of Service: {@code *POS*.fsh} or {@code pos*.txt}; NCCI PTP:
 *   {@code ccipra*.txt} or {@code *ptp*.txt} (all such files form one table); CPT: {@code cpt*.txt} (merged).</li>
 *   <li>NCCI add-on code edits: {@code AOC*.csv} (the newest by name when several); Medicare Code Editor age and
 *   sex lists: {@code mce_*_icd10cm_dx_edit_flags.csv} with {@code mce_*_age_ranges.csv} beside it.</li>
 * </ul>
 * Other files (addenda, record layouts, the derived PTP JSON) are ignored.
 * Instances are immutable once built.
 */
public final class CodeSets {

    private static final Logger LOG = LoggerFactory.getLogger(CodeSets.class);
    private static final String DEFAULT_DIR = "default/";

    private final List<Icd10CodeSet> icd10;
    private final List<HcpcsCodeSet> hcpcs;
    private final List<HcpcsCodeList> hcpcsLists;
    private final PlaceOfServiceCodeSet pos;
    private final List<MueTable> mue;
    private final NcciPtpTable ptp;
    private final CptCodeList cpt;
    private final boolean partial;
    private final AddOnCodeTable aoc;
    private final MedicareCodeEditor mce;

    /**
     * Assembles code sets loaded elsewhere (tests, custom sources). Lists may be empty, the single sets null.
     * Lists are re-sorted: ICD-10-CM by fiscal year, HCPCS and MUE by effective date.
     */
    public CodeSets(List<Icd10CodeSet> icd10, List<HcpcsCodeSet> hcpcs, PlaceOfServiceCodeSet pos,
            List<MueTable> mue, NcciPtpTable ptp, CptCodeList cpt) {
        this(icd10, hcpcs, List.of(), pos, mue, ptp, cpt, false, null, null);
    }

    /** The same with codes-only HCPCS lists beside the full releases (re-sorted by effective date). */
    public CodeSets(List<Icd10CodeSet> icd10, List<HcpcsCodeSet> hcpcs, List<HcpcsCodeList> hcpcsLists,
            PlaceOfServiceCodeSet pos, List<MueTable> mue, NcciPtpTable ptp, CptCodeList cpt) {
        this(icd10, hcpcs, hcpcsLists, pos, mue, ptp, cpt, false, null, null);
    }

    private CodeSets(List<Icd10CodeSet> icd10, List<HcpcsCodeSet> hcpcs, List<HcpcsCodeList> hcpcsLists,
            PlaceOfServiceCodeSet pos, List<MueTable> mue, NcciPtpTable ptp, CptCodeList cpt, boolean partial,
            AddOnCodeTable aoc, MedicareCodeEditor mce) {
        this.partial = partial;
        this.aoc = aoc;
        this.mce = mce;
        this.hcpcsLists = hcpcsLists.stream().sorted(Comparator.comparing(HcpcsCodeList::effectiveDate)
                .thenComparing(HcpcsCodeList::source)).toList();
        this.icd10 = icd10.stream().sorted(Comparator.comparingInt(Icd10CodeSet::fiscalYear)).toList();
        this.hcpcs = hcpcs.stream().sorted(Comparator.comparing((HcpcsCodeSet h) -> effective(h.effectiveDate()))
                .thenComparing(HcpcsCodeSet::source)).toList();
        this.pos = pos;
        this.mue = mue.stream().sorted(Comparator.comparing((MueTable m) -> effective(m.effectiveDate()))
                .thenComparing(MueTable::source)).toList();
        this.ptp = ptp;
        this.cpt = cpt;
    }

    /** Loads everything recognised under {@code dir} (see the class comment). Missing kinds stay empty. */
    public static CodeSets load(Path dir) {
        return CodeSetFolder.load(dir);
    }

    /**
     * The small curated default shipped in the jar (io/claimgate/codes/default/): a few dozen ICD-10-CM FY2026
     * billable codes and a dozen HCPCS Level II codes with common Level II modifiers, as exact lines of the
     * official files, and the assigned Place of Service codes. Meant for demos and tests, not production: real
     * use loads the full files with {@link #load(Path)}. No CPT data is shipped (AMA licence).
     */
    public static CodeSets curatedDefault() {
        String icdName = "icd10cm-codes-2026.txt";
        String hcpcsName = "HCPC2026_JAN_ANWEB_01122026_curated_subset.txt";
        Icd10CodeSet icd = Icd10CodeSet.parse(CodeFiles.resource(DEFAULT_DIR + icdName),
                Icd10CodeSet.fiscalYearFromName(icdName), "classpath:" + DEFAULT_DIR + icdName);
        HcpcsCodeSet hcpcs = HcpcsCodeSet.parse(CodeFiles.resource(DEFAULT_DIR + hcpcsName),
                HcpcsCodeSet.effectiveDateFromName(hcpcsName).orElseThrow(), "classpath:" + DEFAULT_DIR + hcpcsName);
        PlaceOfServiceCodeSet pos = PlaceOfServiceCodeSet.parseText(CodeFiles.resource(DEFAULT_DIR + "pos.txt"),
                "classpath:" + DEFAULT_DIR + "pos.txt");
        return new CodeSets(List.of(icd), List.of(hcpcs), List.of(), pos, List.of(), null, null, true, null, null);
    }

    /**
     * True for the curated default: its ICD-10-CM and HCPCS lists hold a few codes only, so a code missing from
     * them proves nothing. Rules then reject only what the list shows to be wrong (a terminated code, a category
     * header) and warn about the rest, instead of rejecting every real code the sample list lacks.
     */
    public boolean partial() {
        return partial;
    }

    /** No code set at all (every code system checked for form only). */
    public static CodeSets none() {
        return new CodeSets(List.of(), List.of(), null, List.of(), null, null);
    }

    public Optional<PlaceOfServiceCodeSet> placesOfService() {
        return Optional.ofNullable(pos);
    }

    public Optional<NcciPtpTable> ptp() {
        return Optional.ofNullable(ptp);
    }

    /**
     * These code sets with the NCCI add-on code table and the Medicare Code Editor lists (either may be null). A new
     * instance; this one is unchanged.
     */
    public CodeSets withReferenceTables(AddOnCodeTable addOnCodes, MedicareCodeEditor codeEditor) {
        return new CodeSets(icd10, hcpcs, hcpcsLists, pos, mue, ptp, cpt, partial, addOnCodes, codeEditor);
    }

    /** The NCCI add-on code edit table, when one is loaded (never in the curated default: it holds CPT codes). */
    public Optional<AddOnCodeTable> addOnCodes() {
        return Optional.ofNullable(aoc);
    }

    /** The Medicare Code Editor's diagnosis age and sex lists, when loaded. */
    public Optional<MedicareCodeEditor> codeEditor() {
        return Optional.ofNullable(mce);
    }

    public Optional<CptCodeList> cpt() {
        return Optional.ofNullable(cpt);
    }

    /** All ICD-10-CM sets, by fiscal year. */
    public List<Icd10CodeSet> icd10Sets() {
        return icd10;
    }

    /** The codes-only HCPCS lists, oldest first. */
    public List<HcpcsCodeList> hcpcsLists() {
        return hcpcsLists;
    }

    /** All MUE tables, oldest first. */
    public List<MueTable> mueTables() {
        return mue;
    }

    /** All HCPCS releases, oldest first. */
    public List<HcpcsCodeSet> hcpcsSets() {
        return hcpcs;
    }

    /** The releases loaded, in words for the operator, e.g. "ICD-10-CM FY2026; HCPCS 2026-01-01; MUE 1 table". */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!icd10.isEmpty()) {
            parts.add("ICD-10-CM " + String.join(", ", icd10.stream().map(s -> "FY" + s.fiscalYear()).toList()));
        }
        if (!hcpcs.isEmpty()) {
            parts.add("HCPCS " + String.join(", ", hcpcs.stream().map(h -> h.effectiveDate().map(Object::toString)
                    .orElse("undated")).toList()));
        }
        if (!mue.isEmpty()) {
            parts.add("MUE " + mue.size() + " table(s)");
        }
        if (ptp != null) {
            parts.add("NCCI PTP");
        }
        if (pos != null) {
            parts.add("place of service");
        }
        if (cpt != null) {
            parts.add("licensed CPT list");
        }
        if (parts.isEmpty()) {
            return "form only (no code set loaded)";
        }
        return (partial ? "curated default (partial; missing codes are warnings): " : "") + String.join("; ", parts);
    }

    @Override
    public String toString() {
        return "CodeSets[icd10=" + icd10.stream().map(s -> "FY" + s.fiscalYear() + ":" + s.size()).toList()
                + ", hcpcs=" + hcpcs.stream().map(h -> h.effectiveDate().map(Object::toString).orElse("?") + ":"
                + h.size()).toList()
                + (hcpcsLists.isEmpty() ? "" : ", hcpcsLists=" + hcpcsLists.stream().map(l -> l.effectiveDate() + ":"
                        + l.size()).toList())
                + ", pos=" + (pos == null ? "-" : pos.size())
                + ", mue=" + mue.stream().map(MueTable::size).toList()
                + ", ptp=" + (ptp == null ? "-" : ptp.size())
                + ", cpt=" + (cpt == null ? "-" : cpt.size())
                + ", aoc=" + (aoc == null ? "-" : aoc.size()) + ", mce=" + (mce == null ? "-" : mce.size()) + "]";
    }

    /** A set without an effective date in its name counts as always in force, but below any dated one. */
    private static LocalDate effective(Optional<LocalDate> d) {
        return d.orElse(LocalDate.MIN);
    }
}
