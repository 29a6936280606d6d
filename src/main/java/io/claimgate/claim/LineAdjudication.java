package io.claimgate.claim;

import java.math.BigDecimal;

/** A prior payer's adjudication of a service line (2430: SVD, CAS, DTP*573). */
public record LineAdjudication(String payerId, BigDecimal paid, String procedure, String unitsText,
        String adjudicationDate, int adjustmentGroups) {
}
