package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.corpus.AnnotatedCorpus;
import org.dealgraph.corpus.CorpusSelection;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the annotated corpus is, shared by the commands that load it: the texts' folder and the annotation folder, checked. */
final class CorpusLocation {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of the corpus files (JSON Lines) the annotations name.")
    Path corpus;

    @Option(names = "--annotations", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Folder with annotations/ and splits.tsv (default: ${DEFAULT-VALUE}).")
    Path annotations;

    /** The selected articles; a missing folder is a usage error that names the option to give. */
    AnnotatedCorpus load(CorpusSelection selection) {
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no corpus folder at " + corpus);
        }
        requireAnnotations(spec, annotations);
        return DealGraph.loadCorpus(annotations, corpus, selection);
    }

    static void requireAnnotations(CommandSpec spec, Path annotations) {
        if (!Files.isDirectory(annotations.resolve("annotations"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no annotation folder at " + annotations.resolve("annotations")
                    + ": give --annotations DIR, the folder holding annotations/ and splits.tsv (the project's data/corpus)");
        }
    }
}
