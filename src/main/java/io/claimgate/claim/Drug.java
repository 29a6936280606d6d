package io.claimgate.claim;

/** The drug of a service line (2410): the NDC (LIN03, qualifier N4) and quantity with its unit (CTP04, CTP05-1). */
public record Drug(String ndc, String quantity, String unit) {
}
