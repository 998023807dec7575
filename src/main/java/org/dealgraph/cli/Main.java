package org.dealgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The dealgraph command line: thin commands over the {@link org.dealgraph.DealGraph} facade. */
@Command(name = "dealgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Knowledge graph of companies, deals and events from English and Indonesian news.",
        subcommands = {ExtractCommand.class, IngestCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, CompactCommand.class, DeleteCommand.class, BackupCommand.class, RestoreCommand.class, VerifyCommand.class, EvaluateCommand.class, CorpusCommand.class, TrainCommand.class, DemoCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The version {@code --version} prints: the project version the extractor fingerprint names too. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dealgraph " + org.dealgraph.DealGraph.version()};
        }
    }

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> FAILED);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof org.dealgraph.DealGraphException && e.getMessage() != null) {
                commandLine.getErr().println("dealgraph: " + e.getMessage());
            } else {
                // not an error dealgraph foresaw: the whole trace, so that it can be reported
                commandLine.getErr().println("dealgraph: internal error, please report it with this trace:");
                e.printStackTrace(commandLine.getErr());
            }
            return FAILED;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("dealgraph: " + e.getMessage());
            // picocli's own "Did you mean" for a mistyped command or option
            CommandLine.UnmatchedArgumentException.printSuggestions(e, e.getCommandLine().getErr());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != OK || args.length == 0 || !isLongRunning(args)) {
            System.exit(code);
        }
    }

    private static boolean isLongRunning(String[] args) {
        return args[0].equals("serve") || args[0].equals("demo");
    }
}
