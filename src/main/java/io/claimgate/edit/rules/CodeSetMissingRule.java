package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.HcpcsReleases;
import io.claimgate.codes.Icd10CodeSet;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.CodeLookup;
import io.claimgate.edit.api.CodeSetNotice;
import io.claimgate.edit.api.CodeSetNotice.Kind;
import io.claimgate.edit.api.CodeSystem;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;

/**
 * Notes, never rejects: when the claim uses a code system for which no code set is loaded for its date of service
 * (the codes were checked for form only), or whose newest loaded HCPCS release is more than one quarter older than
 * the date (stale tables). Each is a {@link CodeSetNotice} per claim and code system, which reports/S.json states
 * once per file ({@code "codeSets"}): on a 100,000-claim file the same warning on every claim was 190,000 of
 * 199,000 findings. A claim is never rejected for lack of data. Only codes of the right form on lines with a valid
 * date count, and a code system whose rule the trading-partner profile turned off is not mentioned.
 */
public final class CodeSetMissingRule extends ClaimRule {

    private static final RuleInfo INFO = RuleInfo.rule("code-set-missing", 5, StatusCode.of("A7", "454"),
            "Notes, per code system, the dates of service for which no code set is loaded (codes checked for form"
                    + " only) or the newest HCPCS release is more than one quarter older (stale tables); the report"
                    + " states each once per file under \"codeSets\", not as a finding of every claim.")
            .statusNote("file-level notice (no finding, no 277CA status), naming the status the system's rule"
                    + " uses: A7:255 ICD-10-CM, A7:508 ICD-9-CM, A7:507 HCPCS, A7:454 CPT, A7:453 modifiers,"
                    + " A7:249 place of service, A7:732 NCCI PTP and add-on codes, A7:476 MUE")
            .severity(Severity.WARNING)
            .example("HI*ABK:J069 on 2026-10-15 without an FY2027 file: reports/S.json \"codeSets\": \"No ICD-10-CM"
                    + " code set is loaded for FY2027 (dates of service 2026-10-15 to 2026-10-15, 1 claim): diagnoses"
                    + " were checked for form only.\"");

    public CodeSetMissingRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        CodeLookup codes = context.codes();
        LocalDate claimDate = Codes.claimDate(claim);
        if (claimDate != null) {
            diagnoses(claim, context, codes, claimDate, findings);
        }
        HcpcsReleases hcpcs = codes.hcpcs();
        LocalDate hcpcsMissing = null;
        LocalDate hcpcsStale = null;
        LocalDate modifiersMissing = null;
        LocalDate modifiersStale = null;
        LocalDate cpt = null;
        boolean units = false;
        LocalDate pairs = null;
        for (int i = 0; i < claim.lines().size(); i++) {
            ServiceLine line = claim.lines().get(i);
            LocalDate dos = Codes.lineDate(line);
            if (dos == null || !"HC".equals(line.procedureQualifier())) {
                continue;
            }
            boolean level2 = Codes.isHcpcsLevel2(line.procedure());
            boolean level1 = Codes.isCpt(line.procedure());
            if (level2 && !hcpcs.coversCodes(dos)) {
                hcpcsMissing = first(hcpcsMissing, dos);
            } else if (level2 && hcpcs.codesStale(dos)) {
                hcpcsStale = first(hcpcsStale, dos);
            }
            if (!line.modifiers().isEmpty() && !hcpcs.coversModifiers(dos)) {
                modifiersMissing = first(modifiersMissing, dos);
            } else if (!line.modifiers().isEmpty() && hcpcs.modifiersStale(dos)) {
                modifiersStale = first(modifiersStale, dos);
            }
            cpt = level1 ? first(cpt, dos) : cpt;
            units |= level1 || level2;
            for (int j = i + 1; j < claim.lines().size() && (level1 || level2); j++) {
                pairs = dos.equals(Codes.lineDate(claim.lines().get(j))) ? first(pairs, dos) : pairs;
            }
        }
        note(context, findings, CodeSystem.HCPCS, Kind.MISSING, hcpcsMissing, "");
        note(context, findings, CodeSystem.HCPCS, Kind.STALE, hcpcsStale, String.valueOf(hcpcs.newestCodeRelease()));
        note(context, findings, CodeSystem.MODIFIERS, Kind.MISSING, modifiersMissing, "");
        note(context, findings, CodeSystem.MODIFIERS, Kind.STALE, modifiersStale,
                String.valueOf(hcpcs.newestModifierRelease()));
        note(context, findings, CodeSystem.CPT, Kind.MISSING, codes.cpt() == null ? cpt : null, "");
        if (codes.placesOfService() == null && !claim.placeOfService().isEmpty()) {
            note(context, findings, CodeSystem.PLACE_OF_SERVICE, Kind.MISSING, claimDate, "");
        }
        note(context, findings, CodeSystem.NCCI_PTP, Kind.MISSING, codes.ptp() == null ? pairs : null, "");
        note(context, findings, CodeSystem.ADD_ON_CODES, Kind.MISSING,
                units && codes.addOnCodes() == null ? claimDate : null, "");
        if (units && claimDate != null && codes.mue(claimDate) == null) {
            note(context, findings, CodeSystem.MUE, Kind.MISSING, claimDate, "");
        }
    }

    private void diagnoses(Claim claim, EditContext context, CodeLookup codes, LocalDate dos, Findings findings) {
        boolean icd10 = false;
        boolean icd9 = false;
        for (Diagnosis dx : claim.diagnoses()) {
            icd10 |= dx.icd10() && Codes.isIcd10Form(dx.code());
            icd9 |= !dx.icd10();
        }
        if (icd10 && !dos.isBefore(Codes.ICD10_START) && codes.icd10(dos) == null) {
            note(context, findings, CodeSystem.ICD10_CM, Kind.MISSING, dos, "FY" + Icd10CodeSet.fiscalYearOf(dos));
        }
        if (icd9 && dos.isBefore(Codes.ICD10_START)) {
            note(context, findings, CodeSystem.ICD9_CM, Kind.MISSING, dos, "");
        }
    }

    private static LocalDate first(LocalDate seen, LocalDate dos) {
        return seen == null ? dos : seen;
    }

    /** A notice unless there is nothing to say ({@code date} null) or the profile turned the system's rule off. */
    private static void note(EditContext context, Findings findings, CodeSystem system, Kind kind, LocalDate date,
            String period) {
        if (date != null && !context.profile().isOff(system.ruleId())) {
            findings.notice(new CodeSetNotice(system, kind, date, period));
        }
    }
}
