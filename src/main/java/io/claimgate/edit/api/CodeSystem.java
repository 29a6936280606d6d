package io.claimgate.edit.api;

/**
 * The code systems the code-set rules check, each with the rule that checks it and the 277CA status (A7) that rule
 * reports: the vocabulary of the file-level code-set notices ({@link CodeSetNotice}).
 */
public enum CodeSystem {
    ICD10_CM("ICD-10-CM", "diagnosis-code-set", "255", "diagnoses were checked for form only"),
    ICD9_CM("ICD-9-CM", "diagnosis-qualifier-date", "508", "ICD-9-CM diagnoses were checked for their qualifier and date only"),
    HCPCS("HCPCS Level II", "hcpcs-code-set", "507", "HCPCS codes were checked for form only"),
    MODIFIERS("procedure modifiers", "modifier-code-set", "453", "modifiers were checked for form only"),
    CPT("CPT (licensed list)", "cpt-code-list", "454", "CPT codes were checked for form only"),
    PLACE_OF_SERVICE("place of service", "place-of-service", "249", "place of service codes were checked for form only"),
    NCCI_PTP("NCCI procedure-to-procedure", "ncci-ptp", "732", "code pairs were not checked"),
    ADD_ON_CODES("NCCI add-on codes", "add-on-without-primary", "732",
            "add-on codes were not checked for their primary codes"),
    MUE("NCCI MUE", "mue-units", "476", "units were not checked against MUE values");

    private final String text;
    private final String ruleId;
    private final StatusCode status;
    private final String checked;

    CodeSystem(String text, String ruleId, String status, String checked) {
        this.text = text;
        this.ruleId = ruleId;
        this.status = StatusCode.of("A7", status);
        this.checked = checked;
    }

    /** Its name in plain language. */
    public String text() {
        return text;
    }

    /** The rule that checks codes of this system (a profile that turns it off silences its notices). */
    public String ruleId() {
        return ruleId;
    }

    /** The status that rule reports. */
    public StatusCode status() {
        return status;
    }

    /** What was checked for form only (or not at all) without the code set, as a clause. */
    public String checked() {
        return checked;
    }
}
