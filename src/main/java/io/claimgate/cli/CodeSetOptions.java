package io.claimgate.cli;

import io.claimgate.edit.ClaimEditor;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import io.claimgate.route.ClaimgateSettings;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The options (a picocli mixin) and claim editor of {@code process}, {@code replay} and {@code serve}: code sets
 * from {@code --codesets} or claimgate.codesets
 * (CLAIMGATE_CODESETS), else the curated default; profiles from {@code --profiles} or claimgate.profiles
 * (CLAIMGATE_PROFILES), else none.
 */
final class CodeSetOptions {

    @Option(names = "--codesets", paramLabel = "DIR", description = "Folder of official code-set files"
            + " (claimgate.codesets; default: the small curated set in the jar).")
    Path codesets;

    @Option(names = "--profiles", paramLabel = "DIR", description = "Folder of trading-partner profiles,"
            + " <partner id>.properties (claimgate.profiles).")
    Path profiles;

    /**
     * Resolves the folders now and loads them when the supplier is called (by the runtime, once OUT is known to
     * be writable). The supplier throws IllegalArgumentException when a profile is not understood and
     * UncheckedIOException when a file cannot be read.
     *
     * @throws IllegalArgumentException when a folder is missing
     */
    Supplier<ClaimEditor> editor() {
        ClaimgateSettings settings = new ClaimgateSettings();
        Path codeDir = folder(settings, "claimgate.codesets", codesets, "code-set");
        Path profileDir = folder(settings, "claimgate.profiles", profiles, "profile");
        return () -> ClaimEditor.configured(codeDir, profileDir);
    }

    /**
     * The runtime of a one-shot command (process, replay): no intakes or servers, this editor.
     *
     * @throws CommandFailure exit 2 when a code-set or profile folder is missing or not understood, 3 when OUT
     *     cannot be written
     */
    io.claimgate.route.ClaimgateRuntime oneShotRuntime(Path out, int threads) throws CommandFailure {
        Supplier<ClaimEditor> editor;
        try {
            editor = editor();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
        }
        try {
            return new io.claimgate.route.ClaimgateRuntime(out, threads,
                    io.claimgate.route.RunSettings.command(), editor);
        } catch (java.io.IOException e) {
            // OutputLayout.create names the folder in a sentence; other I/O failures say what they are
            throw new CommandFailure(3, "cannot write to " + out + ": "
                    + (e.getClass() == java.io.IOException.class ? e.getMessage() : e.toString()));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CommandFailure(2, ProcessCommand.firstLine(e));
        }
    }

    /**
     * Checks every setting (application.properties, CLAIMGATE_* variables, these command-line settings) and returns
     * their effective values.
     *
     * @throws CommandFailure exit 2 with the one-line refusal when a key is unknown or a value is not allowed
     */
    static java.util.Map<String, String> checkedSettings(java.util.Map<String, String> commandLine)
            throws CommandFailure {
        try {
            return io.claimgate.route.SettingsCheck.check(commandLine);
        } catch (io.claimgate.route.SettingsCheck.Refused e) {
            throw new CommandFailure(2, e.getMessage());
        }
    }

    /** --threads when given, else claimgate.threads (CLAIMGATE_THREADS or application.properties). */
    static int threads(Integer option, java.util.Map<String, String> settings) {
        return option != null ? option : Integer.parseInt(settings.get("claimgate.threads"));
    }

    private static Path folder(ClaimgateSettings settings, String key, Path option, String what) {
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
