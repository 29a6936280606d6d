package io.claimgate.edit.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules may know of earlier files (issue 13): the office E/M counts per provider and day of service
 * ({@code em-mix-review}) and the fingerprints of claims already forwarded ({@code duplicate-claim}), kept by the
 * processed-file store (intake.JdbcClaimHistory) and written when a file's outcome is committed. Only counts, NPIs,
 * taxonomies, dates and SHA-256 fingerprints: no patient data. {@link #NONE} knows nothing (a file edited alone).
 */
public interface ClaimHistory {

    /** How far back em-mix-review looks unless claimgate.em-mix.window-days says otherwise. */
    int DEFAULT_EM_MIX_WINDOW_DAYS = 90;
    /** How far back duplicate-claim looks unless claimgate.duplicate-claim.window-days says otherwise. */
    int DEFAULT_DUPLICATE_WINDOW_DAYS = 30;

    ClaimHistory NONE = new ClaimHistory() {
        @Override
        public List<EmServiceCount> emServices(LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public Optional<LocalDate> claimSeen(ClaimPrint fingerprint, LocalDate since) {
            return Optional.empty();
        }
    };

    /** The office E/M services of every provider with a date of service from {@code from} to {@code to}, by code. */
    List<EmServiceCount> emServices(LocalDate from, LocalDate to);

    /** The day a claim with this fingerprint was first committed on or after {@code since}, if it was. */
    Optional<LocalDate> claimSeen(ClaimPrint fingerprint, LocalDate since);

    /**
     * {@link #claimSeen} for several fingerprints at once: the day each one that was committed on or after
     * {@code since} was first seen (absent when it was not). A store answers in one query; this default asks one by
     * one.
     */
    default Map<ClaimPrint, LocalDate> claimsSeen(Collection<ClaimPrint> fingerprints, LocalDate since) {
        Map<ClaimPrint, LocalDate> seen = new HashMap<>();
        for (ClaimPrint print : fingerprints) {
            claimSeen(print, since).ifPresent(day -> seen.put(print, day));
        }
        return seen;
    }

    /** Days of service em-mix-review compares (claimgate.em-mix.window-days). */
    default int emMixWindowDays() {
        return DEFAULT_EM_MIX_WINDOW_DAYS;
    }

    /** Days back an earlier file counts for duplicate-claim (claimgate.duplicate-claim.window-days). */
    default int duplicateWindowDays() {
        return DEFAULT_DUPLICATE_WINDOW_DAYS;
    }

    /** This history without what the file of this SHA-256 recorded (a forced replay is not its own history). */
    default ClaimHistory excluding(String sha256) {
        return this;
    }
}
