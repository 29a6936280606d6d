package io.claimgate.edit.rules;

import io.claimgate.claim.Claim;
import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.EditContext;
import io.claimgate.edit.api.Findings;
import io.claimgate.edit.api.RuleInfo;
import io.claimgate.edit.api.StatusCode;
import java.time.LocalDate;

/**
 * SNIP 4 (data-entry slip): nobody is treated before they are born. The patient's (2010CA) and the subscriber's
 * (2010BA) birth date (DMG02) must not be after the claim's earliest date of service. The status is A7:158
 * "Entity's date of birth" with the loop's entity (QC patient, IL subscriber): of the two dates it is the birth
 * date that is implausible (the service date has its own checks, and a birth date after it contradicts every
 * line), and the reference's table maps an invalid DOB to A7:158:QC (or :IL). 158 requires an entity code.
 */
public final class BirthAfterServiceRule extends ClaimRule {

    private static final StatusCode BIRTH_DATE = StatusCode.of("A7", "158");

    private static final RuleInfo INFO = RuleInfo.rule("birth-after-service", 4, BIRTH_DATE,
            "The patient's (2010CA) and the subscriber's (2010BA) birth date (DMG02) is not after the claim's"
                    + " earliest date of service (DTP*472). Data: the claim itself.")
            .statusNote("A7:158:QC (patient) or A7:158:IL (subscriber)")
            .example("DMG*D8*20260110*F with DTP*472*D8*20260105: \"The subscriber's (2010BA) birth date 2026-01-10 is"
                    + " after the date of service 2026-01-05.\"");

    public BirthAfterServiceRule() {
        super(INFO);
    }

    @Override
    public void check(Claim claim, EditContext context, Findings findings) {
        LocalDate dos = Codes.claimDate(claim);
        if (dos == null) {
            return; // service-date reports lines without a valid date
        }
        check(Patient.subscriber(claim), dos, findings);
        check(Patient.separatePatient(claim), dos, findings);
    }

    private void check(Patient person, LocalDate dos, Findings findings) {
        if (person == null || person.birthDate() == null || !person.birthDate().isAfter(dos)) {
            return;
        }
        findings.error(this, BIRTH_DATE.withEntity(person.entity()), person.dmg(), 0, "The birth date of the "
                + person.label() + " is after the date of service " + dos + ".");
    }
}
