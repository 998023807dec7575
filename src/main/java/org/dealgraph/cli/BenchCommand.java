package org.dealgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dealgraph.Pipeline;
import org.dealgraph.bench.BenchReport;
import org.dealgraph.bench.BenchSettings;
import org.dealgraph.bench.BenchTables;
import org.dealgraph.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed and store size, side by side with peer stores.",
                "Extraction, ingest and query speed and store size, for dealgraph and RDF4J's NativeStore (and Virtuoso where "
                + "it is installed), printed as tables and written as JSON. A peer that fails to answer a query is reported "
                + "with the reason, in the table and the JSON; the run goes on and exits 0.",
                "Small mode (CI): 1,000 articles; full mode: 1k, 10k and the whole corpus, queries at 10k and the corpus x10."},
        footer = {"", "Example: java -Xmx8g -jar target/dealgraph.jar bench --mode full ../shared/corpora"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "0..*", description = "Article files or folders (text or JSON Lines); default data/articles.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--mode", defaultValue = "small", paramLabel = "MODE", description = "small or full (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--out", defaultValue = "bench.json", paramLabel = "FILE", description = "Where the JSON figures go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the stores are built (default: a temporary folder); emptied afterwards.")
    Path work;

    @Option(names = "--replicas", paramLabel = "N", description = "Copies of the corpus graph in the scaled store (default: 2 small, 10 full).")
    Integer replicas;

    @Option(names = "--rounds", paramLabel = "N", description = "Times each client sends each query (default: 5 small, 25 full).")
    Integer rounds;

    @Option(names = "--no-peers", description = "Measure dealgraph only.")
    boolean noPeers;

    @picocli.CommandLine.Mixin
    LanguageDataOption languageData = new LanguageDataOption();

    @Override
    public Integer call() throws IOException {
        if (corpus.isEmpty()) {
            corpus = List.of(Path.of("data/articles"));
        }
        for (Path p : corpus) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such corpus file or folder: " + p);
            }
        }
        Pipeline.Builder pipeline = Pipeline.builder();
        languageData.folder().ifPresent(pipeline::languageData);
        Path dir = work != null ? work : Files.createTempDirectory("dealgraph-bench");
        BenchSettings s = switch (mode) {
            case "small" -> BenchSettings.small(corpus, dir);
            case "full" -> BenchSettings.full(corpus, dir);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--mode takes small or full, not " + mode);
        };
        s = s.with(replicas != null ? replicas : s.replicas(), rounds != null ? rounds : s.rounds(), !noPeers);
        var err = spec.commandLine().getErr();
        BenchReport report = Benchmark.run(pipeline.build(), s, mode, Benchmark.bundledQueries(), line -> {
            err.println(line);
            err.flush();
        });
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), java.util.Map.of("report", report, "ratios", report.ratios()));
        spec.commandLine().getOut().print(BenchTables.render(report));
        spec.commandLine().getOut().println("figures written to " + out);
        spec.commandLine().getOut().flush();
        if (work == null) {
            Files.deleteIfExists(dir);
        }
        return Main.OK;
    }
}
