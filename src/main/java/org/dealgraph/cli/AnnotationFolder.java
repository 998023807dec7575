package org.dealgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check the corpus commands share: the annotation folder exists, or the user is told which option names it. */
final class AnnotationFolder {
    private AnnotationFolder() {
    }

    static void require(CommandSpec spec, Path annotations) {
        if (!Files.isDirectory(annotations.resolve("annotations"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no annotation folder at " + annotations.resolve("annotations")
                    + ": give --annotations DIR, the folder holding annotations/ and splits.tsv (the project's data/corpus)");
        }
    }
}
