package io.claimgate.edit.api;

/**
 * A 277CA claim status (STC01/STC10/STC11 composite): category (code source 507, e.g. A7 "rejected for invalid
 * information"), status (code source 508, e.g. 454 "procedure code for services rendered") and, where the status
 * is about an entity, its entity identifier (e.g. 85 billing provider). Written "A7:562:85".
 */
public record StatusCode(String category, String code, String entity) {

    public static StatusCode of(String category, String code) {
        return new StatusCode(category, code, "");
    }

    public StatusCode withEntity(String entityCode) {
        return new StatusCode(category, code, entityCode);
    }

    /** The reference form used in reports: category:status[:entity]. */
    @Override
    public String toString() {
        return entity.isEmpty() ? category + ":" + code : category + ":" + code + ":" + entity;
    }
}
