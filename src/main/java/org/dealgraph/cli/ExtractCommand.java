package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.store.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles to N-Triples, one file per article: DIR/<name>.nt.",
                "INPUT is a text file (first line the title), a JSON Lines file (.jsonl: id, title, text, url, date, lang) or a folder of them.",
                "Exit code 1 if any article could not be read or extracted (the others are still written)."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the .nt files.")
    Path out;

    @Mixin
    PipelineOptions options;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (text, or JSON Lines .jsonl) or folders of them.")
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
        ExistingInputs.require(spec, inputs);
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " is a file, not a folder: give a folder for the .nt files");
        }
        org.dealgraph.Pipeline pipeline = options.build();
        Progress progress = progress();
        IngestReport r = DealGraph.extractTo(pipeline, inputs, out, progress, options.threads());
        progress.finish();
        return Reports.print(spec, r, "extracted " + Reports.count(r.stored(), "article") + " to " + out + " (" + Reports.count(r.triples(), "triple") + ", failed " + r.failed() + ")");
    }
}
