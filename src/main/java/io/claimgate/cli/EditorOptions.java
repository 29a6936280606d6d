package io.claimgate.cli;

import io.claimgate.edit.ClaimEditor;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The claim editor of {@code process} and {@code serve}: code sets from {@code --codesets} or claimgate.codesets
 * (CLAIMGATE_CODESETS), else the curated default; profiles from {@code --profiles} or claimgate.profiles
 * (CLAIMGATE_PROFILES), else none.
 */
final class EditorOptions {

    private EditorOptions() {
    }

    /**
     * Resolves the folders now and loads them when the supplier is called (by the runtime, once OUT is known to
     * be writable). The supplier throws IllegalArgumentException when a profile is not understood and
     * UncheckedIOException when a file cannot be read.
     *
     * @throws IllegalArgumentException when a folder is missing
     */
    static Supplier<ClaimEditor> editor(Path codesets, Path profiles) {
        Settings settings = new Settings();
        Path codeDir = folder(settings, "claimgate.codesets", codesets, "code-set");
        Path profileDir = folder(settings, "claimgate.profiles", profiles, "profile");
        return () -> ClaimEditor.configured(codeDir, profileDir);
    }

    private static Path folder(Settings settings, String key, Path option, String what) {
        String value = settings.get(key, option == null ? null : option.toString());
        if (value == null || value.isBlank()) {
            return null;
        }
        Path dir = Path.of(value.trim());
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(what + " folder not found: " + dir);
        }
        return dir;
    }
}
