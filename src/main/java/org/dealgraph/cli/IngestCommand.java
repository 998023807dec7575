package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.store.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add articles to a TDB2 store, each in its own named graph (the default graph is their union).",
                "An unchanged article is skipped; a changed one replaces its graph, and so does one read by a changed extractor "
                + "(another release, lexicon, --gazetteer or --threshold).",
                "Exit code 1 if any article could not be read or extracted (the others are still stored)."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created if absent).")
    Path store;

    @Mixin
    PipelineOptions options;

    @Option(names = "--decisions", paramLabel = "TSV",
            description = {"Merge and split decisions (merge|split <TAB> key or name <TAB> key), applied to the store at once "
                    + "and kept in it for every later ingest, in place of the decisions it held (see README)."})
    Path decisions;

    @picocli.CommandLine.Mixin
    ConsolidationOption consolidation;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Article files (text, or JSON Lines .jsonl) or folders of them; none with --decisions applies the decisions alone.")
    List<Path> inputs;

    private Progress progress() {
        try {
            return new Progress(spec.commandLine().getErr(), options.progress);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() {
        if (decisions != null && consolidation.off) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--decisions merge and split consolidated nodes; --no-consolidation makes none: give one");
        }
        if ((inputs == null || inputs.isEmpty()) && decisions == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: 'INPUT' (articles to ingest; or --decisions TSV alone to apply decisions to the store)");
        }
        ExistingStore.notAFile(spec, store);
        if ((inputs == null || inputs.isEmpty()) && !java.nio.file.Files.isDirectory(store)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "no store at " + store + ": decisions alone apply to a store that exists (give articles to create one)");
        }
        ExistingInputs.require(spec, inputs);
        if (decisions != null && !java.nio.file.Files.isRegularFile(decisions)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such decisions file: " + decisions);
        }
        org.dealgraph.Pipeline pipeline = options.build();
        try (DealGraph g = DealGraph.open(store, pipeline, consolidation.consolidation())) {
            org.dealgraph.store.MergeDecisions d = org.dealgraph.store.MergeDecisions.NONE;
            if (decisions != null) {
                d = org.dealgraph.store.MergeDecisions.load(decisions);
                g.decide(d);
                spec.commandLine().getOut().println("decisions from " + decisions + " applied to the store");
                if (inputs == null || inputs.isEmpty()) {
                    warnUnmatched(g, d);
                    return 0;
                }
            }
            Progress progress = progress();
            IngestReport r = g.withThreads(options.threads()).ingest(inputs, progress);
            progress.finish();
            warnUnmatched(g, d);
            return Reports.print(spec, r, r.summary());
        }
    }

    /**
     * A decision that names no stored entity is most likely a typo; it is kept, as a later article may
     * match it, so this is a warning and the exit code stays.
     */
    private void warnUnmatched(DealGraph g, org.dealgraph.store.MergeDecisions d) {
        for (org.dealgraph.store.MergeDecisions.Decision u : g.unmatched(d)) {
            spec.commandLine().getErr().println("dealgraph: warning: " + decisions + ":" + u.line() + ": " + u.action() + " '" + u.from()
                    + "': no stored entity has this " + (u.action().equals("merge") ? "key or name" : "name") + " (yet); kept for later articles");
        }
    }
}
