package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.x12.Segment;
import io.claimgate.x12.X12Date;
import java.time.LocalDate;

/**
 * The person a claim is for, as the demographic rules see them: the 2010CA patient when the claim sits under a
 * patient level (HL 23), else the 2010BA subscriber. {@code dmg} is that loop's DMG segment (null when absent),
 * {@code birthDate} its DMG02 (null when missing or not a real D8 date: the structure checks report that),
 * {@code sex} its DMG03 (F, M or U; "" when absent) and {@code entity} the 277CA entity code of the loop (QC
 * patient, IL insured/subscriber).
 */
record Patient(Segment dmg, LocalDate birthDate, String sex, String entity) {

    static final String PATIENT_ENTITY = "QC";
    static final String SUBSCRIBER_ENTITY = "IL";

    /** The claim's patient: the 2010CA one when present, else the 2010BA subscriber. */
    static Patient of(Claim claim) {
        HierarchyLevel patient = claim.raw().patient();
        if (patient != null) {
            return of(patient, PATIENT_ENTITY);
        }
        HierarchyLevel subscriber = claim.raw().subscriber();
        return subscriber == null ? new Patient(null, null, "", SUBSCRIBER_ENTITY) : of(subscriber, SUBSCRIBER_ENTITY);
    }

    /** The 2010BA subscriber alone, whether or not the claim has a separate patient; null when absent. */
    static Patient subscriber(Claim claim) {
        HierarchyLevel subscriber = claim.raw().subscriber();
        return subscriber == null ? null : of(subscriber, SUBSCRIBER_ENTITY);
    }

    /** The 2010CA patient; null when the patient is the subscriber. */
    static Patient separatePatient(Claim claim) {
        HierarchyLevel patient = claim.raw().patient();
        return patient == null ? null : of(patient, PATIENT_ENTITY);
    }

    private static Patient of(HierarchyLevel level, String entity) {
        Segment dmg = level.find("DMG", "D8");
        if (dmg == null) {
            return new Patient(null, null, "", entity);
        }
        return new Patient(dmg, X12Date.parse(dmg.element(2)), dmg.element(3), entity);
    }

    /** Whole years of age on {@code date}, or -1 without a birth date. */
    int ageOn(LocalDate date) {
        return birthDate == null ? -1 : java.time.Period.between(birthDate, date).getYears();
    }

    /** Days of age on {@code date} (0 on the day of birth), or -1 without a birth date. */
    long daysOn(LocalDate date) {
        return birthDate == null ? -1 : java.time.temporal.ChronoUnit.DAYS.between(birthDate, date);
    }

    String label() {
        return PATIENT_ENTITY.equals(entity) ? "patient (2010CA)" : "subscriber (2010BA)";
    }
}
