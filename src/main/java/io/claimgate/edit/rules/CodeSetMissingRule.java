package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.claim.ServiceLine;
import io.claimgate.codes.Icd10CodeSet;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.CodeLookup;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;
import java.util.List;

/**
 * A warning, never an error: when the claim uses a code system for which no code set is loaded for its date of
 * service, the codes were checked for form only, and this says so, once per claim and code system (on the claim).
 * A claim is never rejected for lack of data. Only codes of the right form on lines with a valid date count, and
 * a code system whose rule the trading-partner profile turned off is not mentioned. The status is the one the
 * code system's rule would report.
 */
public final class CodeSetMissingRule extends ClaimRule {

    private static final RuleInfo INFO = RuleInfo.rule("code-set-missing", 5, StatusCode.of("A7", "454"),
            "Warns, per claim and code system, when no code set is loaded for the date of service, so the codes"
                    + " were checked for form only.")
            .statusNote("warning (no 277CA status): A7:255 ICD-10-CM, A7:508 ICD-9-CM, A7:507 HCPCS, A7:454 CPT, A7:453"
                    + " modifiers, A7:249 place of service, A7:732 NCCI PTP and add-on codes, A7:476 MUE")
            .severity(Severity.WARNING)
            .example("HI*ABK:J069 on 2026-10-15 without an FY2027 file: \"No ICD-10-CM code set is loaded for FY2027 (date of"
                    + " service 2026-10-15): diagnoses were checked for form only.\"");

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
        LocalDate hcpcsDate = null;
        LocalDate modifierDate = null;
        boolean cpt = false;
        boolean units = false;
        boolean pairs = false;
        for (int i = 0; i < claim.lines().size(); i++) {
            ServiceLine line = claim.lines().get(i);
            LocalDate dos = Codes.lineDate(line);
            if (dos == null || !"HC".equals(line.procedureQualifier())) {
                continue;
            }
            boolean level2 = Codes.isHcpcsLevel2(line.procedure());
            boolean level1 = Codes.isCpt(line.procedure());
            if (level2 && hcpcsDate == null && codes.hcpcs(dos) == null) {
                hcpcsDate = dos;
            }
            cpt |= level1;
            units |= level1 || level2;
            if (modifierDate == null && !line.modifiers().isEmpty() && codes.modifiers(dos) == null) {
                modifierDate = dos;
            }
            for (int j = i + 1; j < claim.lines().size() && (level1 || level2); j++) {
                pairs |= dos.equals(Codes.lineDate(claim.lines().get(j)));
            }
        }
        if (hcpcsDate != null) {
            warn(context, "hcpcs-code-set", "507", claim, findings, "No HCPCS Level II release is loaded for the date of"
                    + " service " + hcpcsDate + hcpcsNote(codes) + ": HCPCS codes were checked for form only.");
        }
        if (modifierDate != null) {
            warn(context, "modifier-code-set", "453", claim, findings, "No HCPCS release is loaded for the date of"
                    + " service " + modifierDate + ": modifiers were checked for form only.");
        }
        if (cpt && codes.cpt() == null) {
            warn(context, "cpt-code-list", "454", claim, findings, "No licensed CPT list is loaded: CPT codes were"
                    + " checked for form only.");
        }
        if (codes.placesOfService() == null && !claim.placeOfService().isEmpty()) {
            warn(context, "place-of-service", "249", claim, findings, "No place of service list is loaded: place of"
                    + " service codes were checked for form only.");
        }
        if (pairs && codes.ptp() == null) {
            warn(context, "ncci-ptp", "732", claim, findings, "No NCCI procedure-to-procedure table is loaded: code"
                    + " pairs were not checked.");
        }
        if (units && codes.addOnCodes() == null) {
            warn(context, "add-on-without-primary", "732", claim, findings, "No NCCI add-on code table is loaded:"
                    + " add-on codes were not checked for their primary codes.");
        }
        if (units && claimDate != null && codes.mue(claimDate) == null) {
            warn(context, "mue-units", "476", claim, findings, "No NCCI MUE table is loaded: units were not checked"
                    + " against MUE values.");
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
            warn(context, "diagnosis-code-set", "255", claim, findings, "No ICD-10-CM code set is loaded for FY"
                    + Icd10CodeSet.fiscalYearOf(dos)
                    + " (date of service " + dos + "): diagnoses were checked for form only.");
        }
        if (icd9 && dos.isBefore(Codes.ICD10_START)) {
            warn(context, "diagnosis-qualifier-date", "508", claim, findings, "claimgate loads no ICD-9-CM code set:"
                    + " ICD-9-CM diagnoses were checked for their qualifier and date only.");
        }
    }

    private static String hcpcsNote(CodeLookup codes) {
        var newest = codes.newestHcpcs();
        return newest == null || newest.effectiveDate().isEmpty() ? ""
                : " (the newest loaded release is effective " + newest.effectiveDate().get()
                        + " and answers up to the end of its quarter)";
    }

    private void warn(EditContext context, String ruleId, String status, Claim claim, Findings findings,
            String message) {
        if (!context.profile().isOff(ruleId)) {
            findings.add(this, Severity.WARNING, List.of(StatusCode.of("A7", status)), claim.clm(), 0, message);
        }
    }
}
