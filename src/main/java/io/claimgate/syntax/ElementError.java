package io.claimgate.syntax;

/**
 * One 999 IK4: the element position ("2", or "5:1" for a component), its data element reference number, the
 * error code (X12 621 list: 1 required missing, 4 too short, 5 too long, 6 invalid character, 7 invalid code value,
 * 8 invalid date, 9 invalid time) and a copy of the bad value ("" when missing).
 */
public record ElementError(String position, String reference, String code, String value) {
}
