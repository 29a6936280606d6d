package io.claimgate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code claimgate -V}: "claimgate VERSION", the pom's version, which Maven writes into version.txt at build time
 * (src/main/resources-filtered), so it is right from the jar, from target/classes and in the distribution alike.
 */
public final class ClaimgateVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"claimgate " + version()};
    }

    /** The version this build was made from, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = ClaimgateVersion.class.getResourceAsStream("version.txt")) {
            if (in == null) {
                return "unknown";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
