package io.claimgate.edit;

import static io.claimgate.edit.Test837.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.codes.CodeSets;
import io.claimgate.codes.MedicareCodeEditor;
import io.claimgate.codes.SharedCodesets;
import io.claimgate.edit.api.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** birth-after-service and diagnosis-age-sex on small built claims, with and without the MCE lists. */
class DataEntryRulesTest {

    static final String JAN = "20260105";
    /** No code set (diagnoses checked for form only), so only the demographic rules speak about the diagnoses. */
    static final ClaimEditor PLAIN = new ClaimEditor(RuleCatalog.rules(), CodeSets.none(), ProfileSet.none());

    /** rule=status[+status] of the findings of one rule, errors and warnings alike. */
    static List<String> of(ClaimResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule))
                .map(f -> (f.isError() ? "error " : "warning ") + String.join("+",
                        f.statuses().stream().map(Object::toString).toList()))
                .toList();
    }

    static List<String> messages(ClaimResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
    }

    @Test
    void subscriberBornAfterTheServiceIsRejectedWithA7158Il() {
        ClaimResult r = Test837.edit(claim("B-1").subscriber("20260106", "F").dx("ABK:J069")
                .line("HC:99213", "1", JAN), PLAIN);
        assertFalse(r.accepted());
        assertEquals(List.of("error A7:158:IL"), of(r, "birth-after-service"));
        assertEquals(List.of("The birth date of the subscriber (2010BA) is after the date of service 2026-01-05."),
                messages(r, "birth-after-service"));
        assertFalse(messages(r, "birth-after-service").get(0).contains("20260106"), "no birth date in messages");
    }

    @Test
    void bornOnTheDayOfServiceIsAccepted() {
        ClaimResult r = Test837.edit(claim("B-2").subscriber(JAN, "F").dx("ABK:P0730").line("HC:99213", "1", JAN),
                PLAIN);
        assertEquals(List.of(), of(r, "birth-after-service"));
        assertEquals(List.of(), of(r, "diagnosis-age-sex"), "a P code on the day of birth fits");
    }

    @Test
    void patientBornAfterTheEarliestLineIsRejectedWithA7158Qc() {
        ClaimResult r = Test837.edit(claim("B-3").patient("20260110", "M").dx("ABK:J069")
                .line("HC:99213", "1", "20260112").line("HC:99213", "1", JAN), PLAIN);
        assertEquals(List.of("error A7:158:QC"), of(r, "birth-after-service"), "the earliest line date counts");
        assertTrue(messages(r, "birth-after-service").get(0).contains("patient (2010CA)"));
    }

    @Test
    void pregnancyCodeAtAges9And64IsQuietAndOutsideWarns() {
        // 2026-01-05: born 2017-01-05 is 9, born 2017-01-06 still 8; born 1961-01-06 is 64, 1961-01-05 is 65
        assertEquals(List.of(), of(Test837.edit(claim("A-9").subscriber("20170105", "F").dx("ABK:O0901")
                .line("HC:99213", "1", JAN), PLAIN), "diagnosis-age-sex"));
        assertEquals(List.of("warning A7:254+A7:732"), of(Test837.edit(claim("A-8").subscriber("20170106", "F")
                .dx("ABK:O0901").line("HC:99213", "1", JAN), PLAIN), "diagnosis-age-sex"));
        assertEquals(List.of(), of(Test837.edit(claim("A-64").subscriber("19610106", "F").dx("ABK:J069", "ABF:O0901")
                .line("HC:99213", "1", JAN), PLAIN), "diagnosis-age-sex"));
        ClaimResult old = Test837.edit(claim("A-65").subscriber("19610105", "F").dx("ABK:J069", "ABF:O0901")
                .line("HC:99213", "1", JAN), PLAIN);
        assertEquals(List.of("warning A7:255+A7:732"), of(old, "diagnosis-age-sex"));
        assertTrue(old.accepted(), "a warning only");
        assertEquals(List.of("Diagnosis O0901 is a pregnancy code (ICD-10-CM chapter 15, maternity ages 9-64) but"
                + " the subscriber (2010BA) is not of that age on 2026-01-05."), messages(old, "diagnosis-age-sex"));
    }

    @Test
    void pregnancyCodeForAMalePatientWarnsWithA786() {
        ClaimResult r = Test837.edit(claim("S-1").patient("19900101", "M").dx("ABK:O800").line("HC:99213", "1", JAN),
                PLAIN);
        assertEquals(List.of("warning A7:86+A7:254"), of(r, "diagnosis-age-sex"));
        assertEquals(List.of("Diagnosis O800 is a pregnancy code (ICD-10-CM chapter 15) but the patient (2010CA) is"
                + " male."), messages(r, "diagnosis-age-sex"));
        assertEquals(List.of(), of(Test837.edit(claim("S-2").patient("19900101", "F").dx("ABK:O800")
                .line("HC:99213", "1", JAN), PLAIN), "diagnosis-age-sex"), "the 2010CA patient, not the subscriber");
    }

    @Test
    void perinatalCodeThroughDay28AndNotAfter() {
        // born 2025-12-08: 2026-01-05 is day 28 after birth; born 2025-12-07: day 29
        assertEquals(List.of(), of(Test837.edit(claim("P-28").patient("20251208", "F").dx("ABK:P599")
                .line("HC:99213", "1", JAN), PLAIN), "diagnosis-age-sex"));
        ClaimResult late = Test837.edit(claim("P-29").patient("20251207", "F").dx("ABK:P599")
                .line("HC:99213", "1", JAN), PLAIN);
        assertEquals(List.of("warning A7:254+A7:732"), of(late, "diagnosis-age-sex"));
        assertTrue(messages(late, "diagnosis-age-sex").get(0).contains("perinatal code"));
    }

    @Test
    void weeksOfGestationNeedAPregnancyCode() {
        ClaimResult alone = Test837.edit(claim("Z-1").dx("ABK:Z3A20").line("HC:99213", "1", JAN), PLAIN);
        assertEquals(List.of("warning A7:254+A7:732"), of(alone, "diagnosis-age-sex"));
        assertTrue(messages(alone, "diagnosis-age-sex").get(0).startsWith("Diagnosis Z3A20 gives weeks of gestation"));
        assertEquals(List.of(), of(Test837.edit(claim("Z-2").dx("ABK:Z3400", "ABF:Z3A20").line("HC:99213", "1", JAN),
                PLAIN), "diagnosis-age-sex"));
        assertEquals(List.of(), of(Test837.edit(claim("Z-3").dx("ABK:O0901", "ABF:Z3A20").line("HC:99213", "1", JAN),
                PLAIN), "diagnosis-age-sex"));
    }

    @Test
    void aProfileTurnsTheRuleOff() {
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), CodeSets.none(),
                CodeSetRulesTest.profiles("CLINIC01", "rule.diagnosis-age-sex=off"));
        assertEquals(List.of(), of(Test837.edit(claim("OFF-1").dx("ABK:Z3A20").line("HC:99213", "1", JAN), editor),
                "diagnosis-age-sex"));
    }

    static final String FLAGS = "flag,code,start_date,end_date\n"
            + "newborn,P0730,20151001,\n"
            + "pediatric,Q6520,20151001,\n"
            + "adult,F0390,20151001,\n"
            + "male,N400,20151001,20240930\n"
            + "female,N952,20151001,20240930\n"
            + "unacceptable,Z0000,20151001,\n";
    static final String AGES = "age_group,start_age,end_age,start_date,end_date\n"
            + "Adult,15,124,19840301,\nMaternity,12,55,19840301,20190930\nMaternity,9,64,20191001,\n"
            + "Newborn,0,0,19840301,\nPediatric,0,17,19840301,\n";

    static ClaimEditor withMce() {
        MedicareCodeEditor mce = MedicareCodeEditor.parse(FLAGS.getBytes(StandardCharsets.UTF_8),
                AGES.getBytes(StandardCharsets.UTF_8), "test");
        return new ClaimEditor(RuleCatalog.rules(), CodeSets.none().withReferenceTables(null, mce),
                ProfileSet.none());
    }

    @Test
    void medicareCodeEditorAgeListsByDateOfService() {
        ClaimEditor mce = withMce();
        assertEquals(List.of("warning A7:254+A7:732"), of(Test837.edit(claim("M-1").subscriber("20000101", "F")
                .dx("ABK:Q6520").line("HC:99213", "1", JAN), mce), "diagnosis-age-sex"), "pediatric list, age 26");
        assertEquals(List.of(), of(Test837.edit(claim("M-2").subscriber("20080106", "F").dx("ABK:Q6520")
                .line("HC:99213", "1", JAN), mce), "diagnosis-age-sex"), "17 is still pediatric");
        assertEquals(List.of("warning A7:254+A7:732"), of(Test837.edit(claim("M-3").subscriber("20110106", "F")
                .dx("ABK:F0390").line("HC:99213", "1", JAN), mce), "diagnosis-age-sex"), "adult list, age 14");
        ClaimResult newborn = Test837.edit(claim("M-4").patient("20241231", "F").dx("ABK:P0730")
                .line("HC:99213", "1", JAN), mce);
        assertEquals(List.of("warning A7:254+A7:732"), of(newborn, "diagnosis-age-sex"),
                "one age finding per diagnosis, the ICD-10-CM chapter's");
        assertTrue(messages(newborn, "diagnosis-age-sex").get(0).contains("perinatal code"));
        assertEquals(List.of(), of(Test837.edit(claim("M-5").subscriber("19800101", "F").dx("ABK:Q6520")
                .line("HC:99213", "1", JAN), PLAIN), "diagnosis-age-sex"), "without the lists");
    }

    @Test
    void medicareCodeEditorSexListsEndedOn20240930() {
        ClaimEditor mce = withMce();
        ClaimResult before = Test837.edit(claim("X-1").subscriber("19700101", "F").dx("ABK:N400")
                .line("HC:99213", "1", "20240930"), mce);
        assertEquals(List.of("warning A7:86+A7:254"), of(before, "diagnosis-age-sex"));
        assertTrue(messages(before, "diagnosis-age-sex").get(0).contains("male-only list"));
        assertEquals(List.of(), of(Test837.edit(claim("X-2").subscriber("19700101", "F").dx("ABK:N400")
                .line("HC:99213", "1", "20241001"), mce), "diagnosis-age-sex"), "retired after 2024-09-30");
        assertEquals(List.of("warning A7:86+A7:254"), of(Test837.edit(claim("X-3").patient("19700101", "M")
                .dx("ABK:N952").line("HC:99213", "1", "20230105"), mce), "diagnosis-age-sex"));
    }

    @Test
    void sharedMedicareCodeEditorTables() {
        CodeSets sets = CodeSets.load(SharedCodesets.dir().resolve("mce"));
        MedicareCodeEditor mce = sets.codeEditor().orElseThrow();
        assertEquals(64, mce.ageRange(MedicareCodeEditor.Flag.MATERNITY, java.time.LocalDate.of(2026, 1, 5)).to());
        assertEquals(55, mce.ageRange(MedicareCodeEditor.Flag.MATERNITY, java.time.LocalDate.of(2019, 9, 30)).to());
        ClaimEditor editor = new ClaimEditor(RuleCatalog.rules(), sets, ProfileSet.none());
        assertEquals(List.of("warning A7:254+A7:732"), of(Test837.edit(claim("SH-1").subscriber("19800101", "F")
                .dx("ABK:Z3800").line("HC:99213", "1", JAN), editor), "diagnosis-age-sex"),
                "Z3800 (single liveborn infant) is on the newborn list");
        assertEquals(List.of("warning A7:86+A7:254"), of(Test837.edit(claim("SH-2").subscriber("19800101", "F")
                .dx("ABK:C61").line("HC:99213", "1", "20240105"), editor), "diagnosis-age-sex"),
                "C61 is on the male list until 2024-09-30");
    }
}
