package io.claimgate.ack;

import java.math.BigDecimal;

/** The counts and charges of accepted and rejected claims that a 277CA 2000B or 2000C level reports. */
final class StatusTotals {
    int accepted;
    int rejected;
    BigDecimal acceptedAmount = BigDecimal.ZERO;
    BigDecimal rejectedAmount = BigDecimal.ZERO;

    void add(boolean accepted, BigDecimal charge) {
        BigDecimal amount = charge == null ? BigDecimal.ZERO : charge;
        if (accepted) {
            this.accepted++;
            acceptedAmount = acceptedAmount.add(amount);
        } else {
            rejected++;
            rejectedAmount = rejectedAmount.add(amount);
        }
    }

    BigDecimal total() {
        return acceptedAmount.add(rejectedAmount);
    }
}
