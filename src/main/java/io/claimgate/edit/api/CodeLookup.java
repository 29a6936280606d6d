package io.claimgate.edit.api;

import io.claimgate.codes.AddOnCodeTable;
import io.claimgate.codes.CodeSets;
import io.claimgate.codes.CptCodeList;
import io.claimgate.codes.HcpcsReleases;
import io.claimgate.codes.Icd10CodeSet;
import io.claimgate.codes.MedicareCodeEditor;
import io.claimgate.codes.MueTable;
import io.claimgate.codes.NcciPtpTable;
import io.claimgate.codes.PlaceOfServiceCodeSet;
import java.time.LocalDate;

/**
 * The loaded code sets as the rules see them: for a date of service, the set that answers for it, or null when
 * none is loaded (the rule then checks form only and {@code code-set-missing} notes it, once per file). Built once per editor; every
 * answer is a field read or a short loop, so a lookup does not allocate.
 *
 * <p>What "answers for a date" means per code system:
 * <ul>
 *   <li>ICD-10-CM: the set of the fiscal year the date falls in (October 1 to September 30), nothing else.</li>
 *   <li>HCPCS Level II and its modifiers: {@link HcpcsReleases}, the full releases and codes-only lists together;
 *   the newest release effective on or before the date answers for every later date (see that class).</li>
 *   <li>Place of service, NCCI PTP, the CPT list: any loaded set (their entries carry their own dates, or have
 *   none).</li>
 *   <li>MUE: the newest table effective on or before the date, else the oldest.</li>
 * </ul>
 */
public final class CodeLookup {

    private final CodeSets sets;
    private final Icd10CodeSet[] icd10;
    private final LocalDate[] icd10From;
    private final LocalDate[] icd10To;
    private final HcpcsReleases hcpcs;
    private final MueTable[] mue;
    private final LocalDate[] mueFrom;
    private final AddOnCodeTable addOnCodes;
    private final MedicareCodeEditor codeEditor;

    /** True when the loaded ICD-10-CM/HCPCS lists are the curated sample, not the official files. */
    public boolean partial() {
        return sets.partial();
    }

    public CodeLookup(CodeSets sets) {
        this.sets = sets;
        this.addOnCodes = sets.addOnCodes().orElse(null);
        this.codeEditor = sets.codeEditor().orElse(null);
        this.icd10 = sets.icd10Sets().toArray(Icd10CodeSet[]::new);
        this.icd10From = new LocalDate[icd10.length];
        this.icd10To = new LocalDate[icd10.length];
        for (int i = 0; i < icd10.length; i++) {
            icd10From[i] = icd10[i].validFrom();
            icd10To[i] = icd10[i].validTo();
        }
        this.hcpcs = new HcpcsReleases(sets.hcpcsSets(), sets.hcpcsLists());
        this.mue = sets.mueTables().toArray(MueTable[]::new);
        this.mueFrom = new LocalDate[mue.length];
        for (int i = 0; i < mue.length; i++) {
            mueFrom[i] = mue[i].effectiveDate().orElse(LocalDate.MIN);
        }
    }

    /** No code set at all: every code system is checked for form only. */
    public static CodeLookup none() {
        return new CodeLookup(CodeSets.none());
    }

    public CodeSets sets() {
        return sets;
    }

    /** The ICD-10-CM set of the date's fiscal year, or null. */
    public Icd10CodeSet icd10(LocalDate dos) {
        for (int i = 0; i < icd10.length; i++) {
            if (!dos.isBefore(icd10From[i]) && !dos.isAfter(icd10To[i])) {
                return icd10[i];
            }
        }
        return null;
    }

    /** The HCPCS Level II releases (codes and modifiers), never null; empty when none is loaded. */
    public HcpcsReleases hcpcs() {
        return hcpcs;
    }

    public PlaceOfServiceCodeSet placesOfService() {
        return sets.placesOfService().orElse(null);
    }

    public NcciPtpTable ptp() {
        return sets.ptp().orElse(null);
    }

    /** The MUE table in force on the date (newest effective on or before it, else the oldest), or null. */
    public MueTable mue(LocalDate dos) {
        MueTable best = null;
        for (int i = 0; i < mue.length; i++) {
            if (!mueFrom[i].isAfter(dos)) {
                best = mue[i];
            }
        }
        return best == null && mue.length > 0 ? mue[0] : best;
    }

    /** The NCCI add-on code edit table, or null (its rows carry their own dates). */
    public AddOnCodeTable addOnCodes() {
        return addOnCodes;
    }

    /** The Medicare Code Editor's diagnosis age and sex lists, or null (their entries carry their own dates). */
    public MedicareCodeEditor codeEditor() {
        return codeEditor;
    }

    public CptCodeList cpt() {
        return sets.cpt().orElse(null);
    }

    @Override
    public String toString() {
        return sets.toString();
    }
}
