package io.claimgate.edit;

import java.time.LocalDate;

/** What the rules need besides the claim: today's date (for "not in the future"). */
public record EditContext(LocalDate today) {
}
