package io.claimgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar claimgate.jar <command>}: process, serve, replay, validate. */
@Command(name = "claimgate", mixinStandardHelpOptions = true, versionProvider = ClaimgateVersion.class,
        description = "X12 837P claim front end: checks claim files and writes accepted claims, rejected claims,"
                + " 277CA acknowledgments and reports.",
        subcommands = {ProcessCommand.class, ServeCommand.class, ReplayCommand.class, ValidateCommand.class,
                WorkerCommand.class})
public final class ClaimgateCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        int code = new CommandLine(new ClaimgateCommand()).execute(args);
        System.exit(code);
    }
}
