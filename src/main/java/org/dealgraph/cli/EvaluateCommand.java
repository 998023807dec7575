package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.evaluation.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score extraction against annotated articles, as the evaluation's score.py does.",
                "Relation precision, recall and F1 overall, per language and per relation; entity, event and amount recall;",
                "then every miss and extra. Each gold file (*.json in DIR) names its article file; INPUT holds the articles."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold files.")
    Path gold;

    @Option(names = "--quiet", description = "Leave out the list of misses and extras.")
    boolean quiet;

    @Mixin
    PipelineOptions options;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders; the gold files name the articles to score.")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no gold folder at " + gold);
        }
        DealGraph.Evaluation ev = DealGraph.evaluate(options.build(), inputs, gold);
        PrintWriter out = spec.commandLine().getOut();
        ev.problems().forEach(p -> spec.commandLine().getErr().println("dealgraph: " + p));
        Scorer.Score s = ev.score();
        if (!quiet) {
            s.details().forEach(out::println);
        }
        for (Map.Entry<String, Scorer.Counts> e : new java.util.TreeMap<>(s.buckets()).entrySet()) {
            if (!e.getKey().equals("all")) {
                out.println(line(e.getKey(), e.getValue()));
            }
        }
        out.printf("entity recall %.3f  event recall %.3f  amount recall %.3f%n", s.entityRecall(), s.eventRecall(), s.amountRecall());
        Scorer.Counts all = s.all();
        out.printf("relations P=%.3f R=%.3f F1=%.3f%n", all.precision(), all.recall(), all.f1());
        out.flush();
        return ev.problems().isEmpty() ? Main.OK : Main.FAILED;
    }

    private static String line(String bucket, Scorer.Counts c) {
        return String.format("%-24s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", bucket, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }
}
