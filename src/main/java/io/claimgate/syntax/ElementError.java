package io.claimgate.syntax;

/**
 * One 999 IK4: the element position ("2", or "5:1" for a component), its data element reference number, the
 * error code (IK403) and a copy of the bad value ("" when missing).
 */
public record ElementError(String position, String reference, ElementErrorCode code, String value) {
}
