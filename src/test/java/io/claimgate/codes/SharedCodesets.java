package io.claimgate.codes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the shared official code-set files used by the tests (../shared/codesets from the project folder). They
 * are not part of the project; tests that need them are skipped when the folder is absent.
 */
public final class SharedCodesets {

    public static final Path DIR = Paths.get("..", "shared", "codesets");

    private SharedCodesets() {
    }

    /** The shared folder, or the calling test is skipped. */
    public static Path dir() {
        assumeTrue(Files.isDirectory(DIR), "shared code sets not present at " + DIR.toAbsolutePath());
        return DIR;
    }

    /** A file in the shared folder, or the calling test is skipped. */
    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.isRegularFile(p), "missing " + p);
        return p;
    }
}
