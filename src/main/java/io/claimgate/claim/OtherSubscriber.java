package io.claimgate.claim;

import java.math.BigDecimal;

/**
 * Coordination of benefits: one 2320 loop with its 2330B other payer. {@code responsibility} is SBR01 (P, S, T...),
 * {@code payerPaid} AMT*D (null when this payer has not paid), {@code adjustmentGroups} the number of CAS segments.
 */
public record OtherSubscriber(String responsibility, String claimFilingIndicator, String payerName, String payerId,
        BigDecimal payerPaid, int adjustmentGroups) {
}
