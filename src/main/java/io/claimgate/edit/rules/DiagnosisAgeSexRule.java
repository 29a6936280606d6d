package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.claim.Diagnosis;
import io.claimgate.codes.MedicareCodeEditor;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.Severity;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;
import java.util.List;

/**
 * SNIP 7 (data-entry slip): diagnoses that do not fit the patient (the 2010CA patient, else the 2010BA
 * subscriber) on the claim's earliest date of service. Always, from ICD-10-CM's own chapter notes: a chapter 15
 * (O) code outside the maternity ages 9-64 or for a male patient; a chapter 16 (P) code on a patient past the
 * perinatal period (through the 28th day after birth); a Z3A weeks-of-gestation code with no pregnancy code
 * (O, Z33, Z34, Z36) on the claim. With the Medicare Code Editor lists loaded, also their newborn, pediatric,
 * maternity and adult age lists and the male/female lists, each entry and age range by its dates (the sex lists
 * end 2024-09-30, when CMS retired the edit). Warnings: the coder may be right (a P code may follow a patient for
 * life), so the claim is not rejected; a trading-partner profile can turn the rule off. A diagnosis gets at most one
 * age and one sex finding. Messages never show the birth date or age.
 */
public final class DiagnosisAgeSexRule extends ClaimRule {

    private static final StatusCode GUIDELINES = StatusCode.of("A7", "732");
    private static final StatusCode SEX = StatusCode.of("A7", "86");
    private static final int MATERNITY_FROM = 9;
    private static final int MATERNITY_TO = 64;
    private static final int PERINATAL_DAYS = 28;

    private static final RuleInfo INFO = new RuleInfo("diagnosis-age-sex", 7, Severity.WARNING,
            StatusCode.of("A7", "255"), "warning: A7:255 (A7:254 principal) with A7:732 for age and Z3A; A7:86 with"
                    + " A7:255 for sex",
            "Each diagnosis fits the patient's age and sex on the date of service, where ICD-10-CM says so"
                    + " (O codes ages 9-64 and not male, P codes through day 28 of life, Z3A only with a pregnancy"
                    + " code) and, when loaded from --codesets, by the CMS Medicare Code Editor lists"
                    + " (mce_*_icd10cm_dx_edit_flags.csv and mce_*_age_ranges.csv: newborn, pediatric, maternity,"
                    + " adult; male/female until 2024-09-30). Data: the claim's DMG and HI segments.",
            "HI*ABK:O800 for a male patient (DMG03 M): \"Diagnosis O800 is a pregnancy code (ICD-10-CM chapter 15)"
                    + " but the patient (2010CA) is male.\"");

    public DiagnosisAgeSexRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        LocalDate dos = Codes.claimDate(claim);
        if (dos == null || claim.diagnoses().isEmpty()) {
            return;
        }
        Patient patient = Patient.of(claim);
        MedicareCodeEditor mce = context.codes().codeEditor();
        boolean pregnancy = hasPregnancyCode(claim.diagnoses());
        for (Diagnosis dx : claim.diagnoses()) {
            if (!dx.icd10() || !Codes.isIcd10Form(dx.code())) {
                continue;
            }
            String code = dx.code();
            String ageWhy = chapterAge(code, patient, dos);
            String sexWhy = code.charAt(0) == 'O' && "M".equals(patient.sex())
                    ? "is a pregnancy code (ICD-10-CM chapter 15)" : null;
            if (code.startsWith("Z3A") && !pregnancy) {
                findings.add(this, Severity.WARNING, List.of(status(dx), GUIDELINES), dx.segment(), 0, "Diagnosis "
                        + code + " gives weeks of gestation but the claim has no pregnancy code (O, Z33, Z34, Z36):"
                        + " ICD-10-CM uses Z3A only on the maternal record, with the pregnancy coded first.");
            }
            if (mce != null) {
                for (MedicareCodeEditor.Entry e : mce.entries(code)) {
                    if (!e.activeOn(dos)) {
                        continue;
                    }
                    if (ageWhy == null && e.flag().isAge()) {
                        ageWhy = mceAge(mce, e.flag(), patient, dos);
                    } else if (sexWhy == null && !e.flag().isAge()) {
                        sexWhy = mceSex(e.flag(), patient.sex());
                    }
                }
            }
            if (ageWhy != null) {
                findings.add(this, Severity.WARNING, List.of(status(dx), GUIDELINES), dx.segment(), 0, "Diagnosis "
                        + code + " " + ageWhy + " but the " + patient.label() + " is not of that age on " + dos + ".");
            }
            if (sexWhy != null) {
                findings.add(this, Severity.WARNING, List.of(SEX, status(dx)), dx.segment(), 0, "Diagnosis " + code
                        + " " + sexWhy + " but the " + patient.label() + " is " + ("M".equals(patient.sex()) ? "male"
                                : "female") + ".");
            }
        }
    }

    /** The ICD-10-CM chapter rule on the patient's age, or null when it holds (or the birth date is unknown). */
    private static String chapterAge(String code, Patient patient, LocalDate dos) {
        if (patient.birthDate() == null || patient.birthDate().isAfter(dos)) {
            return null; // birth-after-service reports the second case
        }
        char chapter = code.charAt(0);
        if (chapter == 'O') {
            int age = patient.ageOn(dos);
            return age < MATERNITY_FROM || age > MATERNITY_TO
                    ? "is a pregnancy code (ICD-10-CM chapter 15, maternity ages 9-64)" : null;
        }
        if (chapter == 'P' && patient.daysOn(dos) > PERINATAL_DAYS) {
            return "is a perinatal code (ICD-10-CM chapter 16: conditions originating through the 28th day after"
                    + " birth)";
        }
        return null;
    }

    private static String mceAge(MedicareCodeEditor mce, MedicareCodeEditor.Flag flag, Patient patient,
            LocalDate dos) {
        MedicareCodeEditor.AgeRange range = mce.ageRange(flag, dos);
        if (range == null || patient.birthDate() == null || patient.birthDate().isAfter(dos)) {
            return null;
        }
        int age = patient.ageOn(dos);
        return age < range.from() || age > range.to() ? "is on the Medicare Code Editor's " + flag.label()
                + " list (ages " + range.from() + "-" + range.to() + ")" : null;
    }

    private static String mceSex(MedicareCodeEditor.Flag flag, String sex) {
        boolean conflict = flag == MedicareCodeEditor.Flag.MALE ? "F".equals(sex) : "M".equals(sex);
        return conflict ? "is on the Medicare Code Editor's " + flag.label() + "-only list" : null;
    }

    private static boolean hasPregnancyCode(List<Diagnosis> diagnoses) {
        for (Diagnosis dx : diagnoses) {
            String c = dx.code();
            if (dx.icd10() && (c.startsWith("O") || c.startsWith("Z33") || c.startsWith("Z34")
                    || c.startsWith("Z36"))) {
                return true;
            }
        }
        return false;
    }

    private static StatusCode status(Diagnosis dx) {
        return StatusCode.of("A7", dx.principal() ? "254" : "255");
    }
}
