package io.claimgate.edit;

/** What the edits decided for a claim, as reports/S.json writes it ("status") and the claim metrics count it. */
public enum ClaimStatus {

    ACCEPTED("accepted", "no finding is an error: the claim goes on to the payer in accepted/S.837"),
    REJECTED("rejected", "at least one finding is an error: the claim is returned in rejected/S.json");

    private final String jsonName;
    private final String text;

    ClaimStatus(String jsonName, String text) {
        this.jsonName = jsonName;
        this.text = text;
    }

    /** The name written in JSON reports and metric tags. */
    public String jsonName() {
        return jsonName;
    }

    public String text() {
        return text;
    }
}
