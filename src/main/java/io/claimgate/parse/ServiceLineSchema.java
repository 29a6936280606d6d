package io.claimgate.parse;

import io.claimgate.x12.Delimiters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The service-line DFDL schema for one delimiter set: service-lines.dfdl.xsd with its element separator and segment
 * terminator filled in, and the SHA-256 of that text, which names its compiled processor ({@link CompiledSchemas}).
 */
public final class ServiceLineSchema {

    private ServiceLineSchema() {
    }

    /** The schema text for these delimiters (only the element separator and segment terminator are in it). */
    public static String text(Delimiters d) {
        try (InputStream template = ServiceLineSchema.class.getResourceAsStream("service-lines.dfdl.xsd")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@ELEMENT@", dfdlLiteral(d.element()))
                    .replace("@SEGMENT@", dfdlLiteral(d.segment()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DFDL character entity for a delimiter, so that '%', '~' or any other character is taken literally. */
    private static String dfdlLiteral(char c) {
        return String.format("%%#x%02X;", (int) c);
    }

    /** Lower-case hex SHA-256 of the schema's UTF-8 bytes: the name of its compiled processor. */
    public static String key(byte[] schema) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(schema));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String key(String schema) {
        return key(schema.getBytes(StandardCharsets.UTF_8));
    }
}
