package io.claimgate.edit.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one file adds to the {@link ClaimHistory} when its outcome is committed: its office E/M counts per provider,
 * code and day, and the SHA-256 fingerprints of its accepted claims (duplicate-claim). It travels in the file's
 * commit plan (Jackson), so a commit rolled forward after a crash records it too.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FileHistory(List<EmServiceCount> emServices, List<ClaimPrint> claims) {

    public static final FileHistory EMPTY = new FileHistory(List.of(), List.of());

    public FileHistory {
        emServices = emServices == null ? List.of() : List.copyOf(emServices);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return emServices.isEmpty() && claims.isEmpty();
    }
}
