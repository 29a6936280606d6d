package io.claimgate.claim;

import io.claimgate.x12.Segment;

/**
 * An NPI on the claim: an NM1 with NM108 = XX, at any level (billing provider, claim-level 2310x, line-level
 * 2420x). {@code entity} is NM101 (85 billing, 82 rendering, 77 facility, DN referring, DQ supervising...), which
 * is also the STC entity code of a finding about it. {@code line} is the service line number, or 0.
 */
public record ProviderIdentifier(String entity, String npi, Segment segment, int line) {
}
