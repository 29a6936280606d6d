package io.claimgate.cli;

import io.claimgate.intake.IntakeRequest;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.FileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code process --out OUT INPUT...}: runs the claim-file route once over the given files and the files directly
 * inside the given folders, then exits. Exit 0 when every input got an outcome (rejected claims and files sent to
 * error/ are outcomes); 2 when an input is missing; 3 when OUT cannot be written; 1 on any other failure.
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Check 837P files once and write their outputs under OUT.")
public final class ProcessCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Output folder (accepted/, rejected/, acks/, reports/,"
            + " archive/, error/).")
    Path out;

    @Option(names = "--keep-input", description = "Copy inputs to archive/ instead of moving them.")
    boolean keepInput;

    @Option(names = "--threads", description = "Worker threads (claimgate.threads; default: one per core).")
    Integer threads;

    @Mixin
    CodeSetOptions editorOptions = new CodeSetOptions();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "837P files, or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        int workers;
        Map<String, String> settings;
        try {
            settings = CodeSetOptions.checkedSettings(threads == null ? Map.of()
                    : Map.of("claimgate.threads", threads.toString()));
            workers = CodeSetOptions.threads(threads, settings);
        } catch (CommandFailure failure) {
            return failure.report();
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                System.err.println("claimgate: input not found: " + input);
                return 2;
            }
            try {
                files.addAll(expand(input));
            } catch (IOException e) {
                System.err.println("claimgate: cannot list " + input + ": " + e.getMessage());
                return 2;
            }
        }
        ClaimgateRuntime runtime;
        try {
            runtime = editorOptions.oneShotRuntime(out, workers);
        } catch (CommandFailure failure) {
            return failure.report();
        }
        try (runtime) {
            runtime.processor().reportProgressTo(TerminalProgress.of(settings.get("claimgate.progress")));
            runtime.start();
            RunSummary summary = new RunSummary();
            for (Path file : files) {
                // the result line is printed here alone: the route does not log it for a one-shot run
                FileResult result = runtime.submit(file, new IntakeRequest("process", null, false, keepInput));
                System.out.println(result.outcome().summary());
                summary.add(result.disposition().jsonName(), result.outcome(), result.report());
            }
            summary.lines("process", out).forEach(System.out::println);
            return 0;
        } catch (Exception e) {
            System.err.println("claimgate: " + firstLine(e));
            return 1;
        }
    }

    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse(t.toString());
    }

    /** A file as itself; a folder as its regular, non-hidden files, sorted by name (not recursive). */
    static List<Path> expand(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> children = Files.list(input)) {
            return children.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
