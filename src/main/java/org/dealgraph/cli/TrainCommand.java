package org.dealgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dealgraph.DealGraph;
import org.dealgraph.corpus.AnnotatedCorpus;
import org.dealgraph.corpus.CorpusSelection;
import org.dealgraph.corpus.Split;
import org.dealgraph.learning.ModelBundle;
import org.dealgraph.learning.ModelTrainer;
import org.dealgraph.learning.NameFinderTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the pipeline's models on an annotated corpus.",
                "The corpus is the project's data/corpus or your own in its format. Per language, a name finder, a relation "
                        + "classifier, an event classifier and a mention classifier (which checks the rules' names) are trained and "
                        + "written as one model bundle; use it with --models FILE.",
                "The relation and event classifiers learn from the annotated entities and from those the pipeline finds (each "
                        + "half of the articles read by models trained on the other half, so training takes about twice the name "
                        + "finder's time); --gold-entities-only leaves the latter out.",
                "The bundle shipped in the jar is built by 'dealgraph train --corpus CORPUS_DIR --out data/models/dealgraph-models.zip'."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CorpusLocation location;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "train",
            description = "The split to train on: train, dev or test (default: ${DEFAULT-VALUE}; the test split is for reporting only).")
    String split;

    @Option(names = "--fraction", paramLabel = "F", defaultValue = "1.0",
            description = "Train on a seeded sample of this fraction of the split in each language, for learning curves (default: ${DEFAULT-VALUE}).")
    double fraction;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261130", description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ignore-problems", description = "Train on the readable articles even when the corpus has problems "
            + "(without it, a corpus with problems writes no bundle).")
    boolean ignoreProblems;

    @Option(names = "--cross-sentence",
            description = "Also train the relation and event classifiers on pairs across sentences through a reference word (\"the company\", \"perseroan\", \"it\").")
    boolean crossSentence;

    @Option(names = "--gold-entities-only",
            description = "Train the relation and event classifiers on the annotated entities alone, not also on the entities "
                    + "the pipeline finds in each article (found by models trained on the other half of the articles).")
    boolean goldEntitiesOnly;

    @Option(names = "--name-algorithm", paramLabel = "A",
            description = "The name finder's trainer: MAXENT or PERCEPTRON (default: the shipped bundle's, ${DEFAULT-VALUE}).")
    String nameAlgorithm = NameFinderTrainer.Settings.defaults().algorithm();

    @Option(names = "--name-iterations", paramLabel = "N",
            description = "Iterations of the name finder's trainer (default: ${DEFAULT-VALUE}).")
    int nameIterations = NameFinderTrainer.Settings.defaults().iterations();

    @Option(names = "--name-cutoff", paramLabel = "N",
            description = "The name finder drops features seen fewer times (default: ${DEFAULT-VALUE}).")
    int nameCutoff = NameFinderTrainer.Settings.defaults().cutoff();

    @Option(names = "--name-codec", paramLabel = "C",
            description = "The name finder's tags: BIO or BILOU (default: ${DEFAULT-VALUE}).")
    String nameCodec = NameFinderTrainer.Settings.defaults().bilou() ? "BILOU" : "BIO";

    @Option(names = "--name-beam", paramLabel = "N",
            description = "The sequences the name finder's decoder keeps at each token (default: ${DEFAULT-VALUE}).")
    int nameBeam = NameFinderTrainer.Settings.defaults().beamSize();

    @Option(names = "--no-word-clusters",
            description = "Train the name finders without the word classes of data/lang/<code>/word-clusters.tsv (by default they "
                    + "are features wherever a language has the file).")
    boolean noWordClusters;

    @Option(names = "--relation-iterations", paramLabel = "N",
            description = "Iterations of the relation and event classifiers' trainer (default: ${DEFAULT-VALUE}).")
    int relationIterations = ModelTrainer.Settings.defaults().relationIterations();

    @Option(names = "--relation-cutoff", paramLabel = "N",
            description = "The relation and event classifiers drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int relationCutoff = ModelTrainer.Settings.defaults().cutoff();

    @Option(names = "--relation-l2", paramLabel = "C",
            description = "L2 regularization of the relation and event classifiers (default: ${DEFAULT-VALUE}).")
    double relationL2 = ModelTrainer.Settings.defaults().l2();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model bundle (a zip).")
    Path out;

    @CommandLine.Mixin
    LanguageDataOption languageData = new LanguageDataOption();

    @Override
    public Integer call() {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fraction must be in (0, 1], not " + fraction);
        }
        Split s = Split.fromName(split).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "unknown split '" + split + "' (train, dev or test)"));
        String codec = nameCodec.toUpperCase(java.util.Locale.ROOT);
        if (!codec.equals("BIO") && !codec.equals("BILOU")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name-codec takes BIO or BILOU, not " + nameCodec);
        }
        if (relationIterations < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--relation-iterations must be at least 1, not " + relationIterations);
        }
        if (relationCutoff < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--relation-cutoff must be 0 or more, not " + relationCutoff);
        }
        if (!(relationL2 >= 0) || Double.isInfinite(relationL2)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--relation-l2 must be a finite number, 0 or more, not " + relationL2);
        }
        NameFinderTrainer.Settings names;
        ModelTrainer.Settings settings;
        try {
            names = new NameFinderTrainer.Settings(nameIterations, nameCutoff, nameAlgorithm.toUpperCase(java.util.Locale.ROOT),
                    codec.equals("BILOU"), NameFinderTrainer.Settings.defaults().lexical(), nameBeam,
                    NameFinderTrainer.Settings.defaults().wordClusters() && !noWordClusters);
            settings = new ModelTrainer.Settings(names, relationIterations, relationCutoff, relationL2, !goldEntitiesOnly);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        org.dealgraph.text.LanguageProfiles languages = languageData.profiles();
        AnnotatedCorpus loaded = location.load(CorpusSelection.of(s));
        PrintWriter err = spec.commandLine().getErr();
        loaded.problems().forEach(p -> err.println("dealgraph: " + p));
        if (loaded.articles().isEmpty()) {
            err.println("dealgraph: nothing to train on: no annotated article of split " + split + " in " + location.annotations);
            err.flush();
            return Main.USAGE;
        }
        if (!loaded.problems().isEmpty() && !ignoreProblems) {
            int n = loaded.problems().size();
            err.println("dealgraph: " + n + (n == 1 ? " problem" : " problems") + " in the corpus; no bundle written "
                    + "(fix them, or train on the rest with --ignore-problems)");
            err.flush();
            return Main.FAILED;
        }
        ModelBundle bundle = DealGraph.train(loaded, split, fraction, seed, settings, crossSentence,
                languages);
        Path parent = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new org.dealgraph.DealGraphException("cannot create " + parent + ": " + e.getMessage(), e);
        }
        bundle.write(out);
        PrintWriter o = spec.commandLine().getOut();
        JsonNode langs = bundle.metadata().path("languages");
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) langs::fields) {
            JsonNode n = e.getValue();
            o.printf("%s: %d articles, %d sentences, %d names, %d candidate pairs (%d related), %d pairs of found entities (%d related), "
                            + "%d rules' names (%d no name)%n",
                    e.getKey(), n.path("articles").asInt(), n.path("sentences").asInt(), n.path("names").asInt(), n.path("pairs").asInt(),
                    n.path("relatedPairs").asInt(), n.path("foundPairs").asInt(), n.path("foundRelatedPairs").asInt(),
                    n.path("ruleNames").asInt(), n.path("ruleNamesNone").asInt());
        }
        o.printf("model bundle written to %s (%.1f MB)%n", out, sizeOf(out) / 1e6);
        o.flush();
        err.flush();
        return loaded.problems().isEmpty() ? Main.OK : Main.FAILED;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
