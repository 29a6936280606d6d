package io.claimgate.cli;

import io.claimgate.commit.Disposition;
import io.claimgate.commit.FileOutcome;
import io.claimgate.edit.ClaimEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate FILE...}: the checks of {@code process} (same profiles and code sets) with the acknowledgments and
 * reports written to {@code --out} (default a fresh temporary folder), the inputs left untouched and nothing
 * recorded in the processed-file store. Exit 0 when every claim is accepted; 1 when a claim is rejected or a TA1 or
 * 999 rejects part of a file; 2 when a file is missing, unreadable or not X12 (or a code-set or profile folder is
 * missing); 3 when OUT cannot be written.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check 837P files without processing them: write their acknowledgments and reports to a folder,"
                + " leave the files where they are and record nothing.")
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the acknowledgments and reports"
            + " (default: a new temporary folder, printed at the end).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (claimgate.threads; default: one per core).")
    Integer threads;

    @Mixin
    CodeSetOptions editorOptions = new CodeSetOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "837P files.")
    List<Path> files;

    @Override
    public Integer call() {
        try {
            return validate();
        } catch (CommandFailure failure) {
            return failure.report();
        }
    }

    private int validate() throws CommandFailure {
        Map<String, String> settings = CodeSetOptions.checkedSettings(threads == null ? Map.of()
                : Map.of("claimgate.threads", threads.toString()));
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                throw new CommandFailure(2, "cannot read " + f + (Files.exists(f) ? "" : ": no such file"));
            }
        }
        ClaimEditor editor;
        try {
            editor = editorOptions.editor().get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CommandFailure(2, ProcessCommand.firstLine(e));
        }
        Path dir = outputFolder();
        RunSummary summary = new RunSummary();
        int code = 0;
        try (FileValidator validator = new FileValidator(dir, editor, CodeSetOptions.threads(threads, settings),
                TerminalProgress.of(settings.get("claimgate.progress")))) {
            for (Path f : files) {
                FileOutcome outcome = validator.validate(f);
                System.out.println(outcome.summary());
                Path report = outcome.processed() ? validator.layout().reports().resolve(outcome.stem() + ".json")
                        : null;
                summary.add((outcome.processed() ? Disposition.PROCESSED : Disposition.ERROR).jsonName(), outcome,
                        report);
                code = Math.max(code, exitCode(outcome));
            }
        } catch (IOException e) {
            throw new CommandFailure(3, "cannot write to " + dir + ": " + e.getMessage());
        } catch (Exception e) {
            throw new CommandFailure(1, ProcessCommand.firstLine(e));
        }
        summary.lines("validate", dir).forEach(System.out::println);
        return code;
    }

    private Path outputFolder() throws CommandFailure {
        try {
            return out != null ? out : Files.createTempDirectory("claimgate-validate-");
        } catch (IOException e) {
            throw new CommandFailure(3, "cannot create a temporary folder: " + e.getMessage());
        }
    }

    /**
     * 2 not X12; 1 a claim rejected, or an interchange the TA1 rejected or a set the 999 rejected
     * ({@code FileStructure.rejectsAny}; text after the last IEA alone is no rejection); else 0.
     */
    static int exitCode(FileOutcome outcome) {
        if (!outcome.processed()) {
            return 2;
        }
        return outcome.rejected() > 0 || outcome.acknowledgmentRejected() ? 1 : 0;
    }
}
