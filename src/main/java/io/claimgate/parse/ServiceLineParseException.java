package io.claimgate.parse;

/** Smooks could not parse a claim's service lines. */
public class ServiceLineParseException extends RuntimeException {
    public ServiceLineParseException(String message) {
        super(message);
    }

    public ServiceLineParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
