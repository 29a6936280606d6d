package io.claimgate.cli;

import io.claimgate.commit.Disposition;
import io.claimgate.intake.IntakeRequest;
import io.claimgate.route.ClaimgateRuntime;
import io.claimgate.route.FileResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code replay FILE...}: runs files through the claim-file route, as an operator's replay, and prints each result
 * as JSON (with the report and the 277CA location). The files are copied, never moved. A file whose bytes were
 * processed before is refused as a duplicate unless {@code --force}; a forced replay is marked in its report.
 * Exit 0 when every file was processed (or put in error/ as not X12), 4 when any was refused, 2 when a file is
 * missing, 3 when OUT cannot be written.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run files through the same routes again and print their reports; refuses files already"
                + " processed unless --force.")
public final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--out", description = "Output folder (claimgate.out), the one serve writes to.")
    String out;

    @Option(names = "--force", description = "Process the files even when their bytes were processed before.")
    boolean force;

    @Option(names = "--partner", description = "Trading partner id to record in the reports.")
    String partner;

    @Option(names = "--threads", description = "Worker threads (claimgate.threads; default: one per core).")
    Integer threads;

    @picocli.CommandLine.Mixin
    CodeSetOptions editorOptions = new CodeSetOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "837P files.")
    List<Path> files;

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("claimgate: not a file: " + f);
                return 2;
            }
        }
        ClaimgateRuntime runtime;
        Map<String, String> settings;
        try {
            Map<String, String> commandLine = new HashMap<>();
            if (out != null) {
                commandLine.put("claimgate.out", out);
            }
            if (threads != null) {
                commandLine.put("claimgate.threads", threads.toString());
            }
            settings = CodeSetOptions.checkedSettings(commandLine);
            runtime = editorOptions.oneShotRuntime(Path.of(settings.get("claimgate.out")),
                    CodeSetOptions.threads(threads, settings));
        } catch (CommandFailure failure) {
            return failure.report();
        }
        try (runtime) {
            runtime.start();
            boolean refused = false;
            // UTF-8 whatever the locale (Java 17 encodes stdout by it): a file's name may be "clinic ñ 日本.837"
            java.io.PrintStream stdout = new java.io.PrintStream(System.out, true,
                    java.nio.charset.StandardCharsets.UTF_8);
            RunSummary summary = new RunSummary();
            for (Path f : files) {
                FileResult result = runtime.submit(f, new IntakeRequest("replay", partner, force, true));
                // the JSON answer is the file's result; the route does not log it for a one-shot run
                stdout.println(result.toJson().toPrettyString());
                summary.add(result.disposition().jsonName(), result.outcome(), result.report());
                refused |= !result.processed() && result.disposition() != Disposition.ERROR;
            }
            // stdout carries only the files' JSON answers, so `claimgate replay ... | jq` reads them all; the table a
            // person reads goes to stderr (before, it followed the JSON on stdout and jq failed on it)
            java.io.PrintStream stderr = new java.io.PrintStream(System.err, true,
                    java.nio.charset.StandardCharsets.UTF_8);
            summary.lines("replay", Path.of(settings.get("claimgate.out"))).forEach(stderr::println);
            return refused ? 4 : 0;
        } catch (Exception e) {
            System.err.println("claimgate: " + ProcessCommand.firstLine(e));
            return 1;
        }
    }
}
