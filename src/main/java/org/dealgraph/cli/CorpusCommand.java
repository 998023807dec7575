package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.corpus.AnnotatedCorpus;
import org.dealgraph.corpus.CorpusSelection;
import org.dealgraph.corpus.CorpusStatistics;
import org.dealgraph.corpus.Split;
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
import java.util.stream.Collectors;

/** {@code dealgraph corpus check}: loads and verifies the annotated corpus, prints its counts and every problem. */
@Command(name = "corpus", mixinStandardHelpOptions = true, description = "Work with the annotated corpus.",
        subcommands = {CorpusCommand.Check.class})
final class CorpusCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (check)");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Load the annotations, join them with the corpus texts and verify them: text hashes, offsets and mention "
                    + "texts, names of relations and events, the split file. Prints the counts (articles, tokens, entities, relations "
                    + "per type, events per type) overall, per language and per source, and every problem; exits 1 if there is one."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        CorpusLocation location;

        @Option(names = "--split", paramLabel = "SPLIT", description = "Only this split: train, dev or test (default: every annotated article).")
        String split;

        @Option(names = "--lang", paramLabel = "CODE", defaultValue = "", description = "Only the articles in this language (its code: en, id).")
        String lang;

        @Override
        public Integer call() {
            CorpusSelection selection = CorpusSelection.all();
            if (split != null) {
                selection = CorpusSelection.of(Split.fromName(split).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "unknown split '" + split + "' (train, dev or test)")));
            }
            selection = selection.withLang(lang);
            AnnotatedCorpus loaded = location.load(selection);
            loaded.problems().forEach(p -> spec.commandLine().getErr().println("dealgraph: " + p));
            spec.commandLine().getErr().flush();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s of %s with texts from %s%n", selection, location.annotations, location.corpus);
            CorpusStatistics.of(loaded.articles()).groups().forEach((group, c) -> {
                out.printf("%-28s %d articles, %d tokens, %d entities (%d mentions), %d relations, %d non-relations, %d events, %d amounts%n",
                        group, c.articles(), c.tokens(), c.entities(), c.mentions(), c.relationTotal(), c.nonRelations(), c.eventTotal(), c.amounts());
                if (!c.relations().isEmpty()) {
                    out.println("  relations: " + join(c.relations()));
                }
                if (!c.events().isEmpty()) {
                    out.println("  events:    " + join(c.events()));
                }
            });
            out.printf("%d problem%s%n", loaded.problems().size(), loaded.problems().size() == 1 ? "" : "s");
            out.flush();
            return loaded.problems().isEmpty() ? Main.OK : Main.FAILED;
        }

        private static String join(Map<String, Integer> counts) {
            return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }
    }
}
