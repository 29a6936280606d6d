package io.claimgate.commit;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an arrived file ended, as the processed-file store's journal ("outcome"), the replay answer ("outcome") and
 * the file metrics ("outcome" tag) name it. Every input gets exactly one.
 */
public enum Disposition {

    PROCESSED("processed", "read as X12: outputs written, the input in archive/"),
    ERROR("error", "not readable as X12: the input in error/ beside a reason"),
    DUPLICATE("duplicate", "the same bytes were processed before or are being processed: the input in duplicates/"
            + " beside a reason"),
    INTERCHANGE_DUPLICATE("interchange-duplicate", "the sender reused an interchange control number with other"
            + " content: TA1 note 025 in acks/, the input in error/ beside a reason");

    private final String jsonName;
    private final String text;

    Disposition(String jsonName, String text) {
        this.jsonName = jsonName;
        this.text = text;
    }

    /** The name written in the journal, the replay answer and the metrics; Jackson reads it back. */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    public String text() {
        return text;
    }
}
