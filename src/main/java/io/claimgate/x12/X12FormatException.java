package io.claimgate.x12;

/** The input cannot be read as X12 at all: no ISA, a malformed ISA, or bytes that are not segments. */
public class X12FormatException extends Exception {
    public X12FormatException(String reason) {
        super(reason);
    }
}
