package io.claimgate.edit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;

/**
 * Office E/M services (99202-99205, 99211-99215) of one provider (rendering NPI, else billing NPI) with one code on
 * one date of service, with the provider's taxonomy (PRV03, "" when absent): what em-mix-review keeps per file. The
 * date is written as ISO text in a commit plan (no Jackson time module needed); null in a sum over days.
 */
public record EmServiceCount(String npi, String taxonomy,
        @JsonSerialize(using = ToStringSerializer.class) LocalDate date, String code, int services) {

    @JsonCreator
    static EmServiceCount of(@JsonProperty("npi") String npi, @JsonProperty("taxonomy") String taxonomy,
            @JsonProperty("date") String date, @JsonProperty("code") String code,
            @JsonProperty("services") int services) {
        return new EmServiceCount(npi, taxonomy, date == null ? null : LocalDate.parse(date), code, services);
    }
}
