package org.dealgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dealgraph.DealGraph;
import org.dealgraph.DealGraphException;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.corpus.AnnotatedCorpus;
import org.dealgraph.corpus.CorpusSelection;
import org.dealgraph.corpus.Split;
import org.dealgraph.evaluation.ArticleScore;
import org.dealgraph.evaluation.Bootstrap;
import org.dealgraph.evaluation.Bucket;
import org.dealgraph.evaluation.CorpusReport;
import org.dealgraph.evaluation.Estimate;
import org.dealgraph.evaluation.Interval;
import org.dealgraph.evaluation.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score extraction against annotated articles.",
                "With --gold DIR INPUT...: the way the evaluation's score.py does: relation precision, recall and F1 overall, "
                + "per language and per relation; entity, event and amount recall; then every miss and extra. Each gold file "
                + "(*.json in DIR) names its article file; INPUT holds the articles.",
                "With --corpus DIR: extracts the articles of one split of the annotated corpus (texts from DIR, annotations "
                + "from --annotations) and reports, overall and per language, typed entity-span, relation, event and amount "
                + "precision, recall and F1 with bootstrap 95%% confidence intervals, per entity type, relation and event type, "
                + "and relation precision and recall at confidence thresholds."})
final class EvaluateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files (score.py's format).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of the corpus files (JSON Lines) the annotations name.")
    Path corpus;

    @Option(names = "--annotations", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Folder with annotations/ and splits.tsv (default: ${DEFAULT-VALUE}).")
    Path annotations;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test", description = "train, dev or test (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "", description = "Only the articles in this language (its code: en, id, or one of --lang-data).")
    String lang;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "" + Bootstrap.RESAMPLES,
            description = "Bootstrap resamples for the confidence intervals (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Bootstrap.SEED, description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the scores as JSON, for scripts.")
    boolean json;

    @Option(names = "--quiet", description = "Leave out the list of misses and extras.")
    boolean quiet;

    @Mixin
    PipelineOptions options;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "With --gold: article files or folders; the gold files name the articles to score.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        if ((gold == null) == (corpus == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --gold DIR INPUT... or --corpus DIR");
        }
        return gold != null ? gold() : corpus();
    }

    private int gold() {
        if (!Files.isDirectory(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no gold folder at " + gold);
        }
        if (!lang.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang selects articles of --corpus; with --gold, name the articles as INPUT");
        }
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gold needs the INPUT files or folders that hold the articles");
        }
        ExistingInputs.require(spec, inputs);
        if (!hasGoldFiles(gold)) {
            return nothingToScore("no gold files (*.json) in " + gold);
        }
        DealGraph.Evaluation ev = DealGraph.evaluate(options.build(), inputs, gold);
        PrintWriter out = spec.commandLine().getOut();
        printProblems(ev.problems());
        if (ev.articles() == 0) {
            return nothingToScore("no gold file in " + gold + " names an article read from the inputs");
        }
        Scorer.Score s = ev.score();
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode relations = root.putObject("relations");
            new TreeMap<>(s.buckets()).forEach((b, c) -> relations.putObject(b).put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn())
                    .put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1()));
            root.put("entity_recall", s.entityRecall()).put("event_recall", s.eventRecall()).put("amount_recall", s.amountRecall());
            problems(root, ev.problems());
            printJson(root);
            return ev.problems().isEmpty() ? Main.OK : Main.FAILED;
        }
        if (!quiet) {
            s.details().forEach(out::println);
        }
        for (Map.Entry<String, Scorer.Counts> e : new TreeMap<>(s.buckets()).entrySet()) {
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

    private int corpus() {
        if (!inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--corpus takes its articles from the corpus folder, not from INPUT");
        }
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no corpus folder at " + corpus);
        }
        Split s = Split.fromName(split).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown split '" + split + "' (train, dev or test)"));
        if (resamples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resamples must be at least 1");
        }
        org.dealgraph.text.LanguageProfiles languages = lang.isEmpty() ? null : options.languageData.profiles();
        String code = lang.isEmpty() ? "" : languages.language(lang).map(org.dealgraph.text.Language::code)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown language '" + lang + "' (" + languages.codes() + ")"));
        CorpusSelection selection = CorpusSelection.of(s).withLang(code);
        CorpusLocation.requireAnnotations(spec, annotations);
        AnnotatedCorpus loaded = DealGraph.loadCorpus(annotations, corpus, selection);
        if (loaded.articles().isEmpty()) {
            printProblems(loaded.problems());
            return nothingToScore("no annotated articles in " + selection + " of " + annotations);
        }
        DealGraph.CorpusEvaluation ev = DealGraph.evaluate(options.build(), loaded, new Bootstrap(resamples, seed), options.threads);
        printProblems(ev.problems());
        CorpusReport r = ev.report();
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            root.put("selection", selection.toString()).put("annotations", annotations.toString()).put("articles", ev.articles().size());
            root.putObject("bootstrap").put("resamples", r.bootstrap().resamples()).put("seed", r.bootstrap().seed()).put("interval", 0.95);
            ObjectNode groups = root.putObject("groups");
            r.groups().forEach((name, g) -> {
                ObjectNode group = groups.putObject(name);
                group.put("articles", g.articles());
                ObjectNode scores = group.putObject("scores");
                g.estimates().forEach((b, e) -> estimate(scores.putObject(b.toString()), e));
            });
            problems(root, ev.problems());
            printJson(root);
            return ev.problems().isEmpty() ? Main.OK : Main.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!quiet) {
            ev.articles().stream().map(ArticleScore::details).forEach(d -> d.forEach(out::println));
        }
        out.printf("%s of %s: %d articles; 95%% intervals from %d bootstrap resamples of articles (seed %d)%n", selection, annotations,
                ev.articles().size(), r.bootstrap().resamples(), r.bootstrap().seed());
        r.groups().forEach((name, g) -> {
            out.printf("%s (%d articles)%n", name, g.articles());
            g.estimates().forEach((b, e) -> out.println(line(b, e)));
        });
        out.flush();
        return ev.problems().isEmpty() ? Main.OK : Main.FAILED;
    }

    private static boolean hasGoldFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".json"));
        } catch (IOException e) {
            throw new DealGraphException("cannot list gold folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private int nothingToScore(String why) {
        spec.commandLine().getErr().println("dealgraph: nothing to score: " + why);
        spec.commandLine().getErr().flush();
        return Main.USAGE;
    }

    private void printProblems(List<ArticleProblem> problems) {
        problems.forEach(p -> spec.commandLine().getErr().println("dealgraph: " + p));
        spec.commandLine().getErr().flush();
    }

    private void printJson(ObjectNode root) {
        try {
            spec.commandLine().getOut().println(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().flush();
    }

    private static void problems(ObjectNode root, List<ArticleProblem> problems) {
        ArrayNode list = root.putArray("problems");
        problems.forEach(p -> list.addObject().put("source", p.source()).put("problem", p.problem()));
    }

    private static void estimate(ObjectNode node, Estimate e) {
        node.put("true_predicted", e.tally().truePredicted()).put("predicted", e.tally().predicted())
                .put("true_gold", e.tally().trueGold()).put("gold", e.tally().gold());
        interval(node.putObject("precision"), e.precision());
        interval(node.putObject("recall"), e.recall());
        interval(node.putObject("f1"), e.f1());
    }

    private static void interval(ObjectNode node, Interval i) {
        node.put("value", i.point()).put("low", i.low()).put("high", i.high());
    }

    private static String line(Bucket b, Estimate e) {
        return String.format(Locale.ROOT, "  %-28s P=%s R=%s F1=%s (right %d/%d predicted, found %d/%d gold)", b, ci(e.precision()),
                ci(e.recall()), ci(e.f1()), e.tally().truePredicted(), e.tally().predicted(), e.tally().trueGold(), e.tally().gold());
    }

    private static String ci(Interval i) {
        return String.format(Locale.ROOT, "%.3f [%.3f,%.3f]", i.point(), i.low(), i.high());
    }

    private static String line(String bucket, Scorer.Counts c) {
        return String.format("%-24s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", bucket, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }
}
