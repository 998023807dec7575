package org.dealgraph.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the files, how many nodes and edges, and warnings about what the options
 * could not work on (a time filter or a timeline over articles without dates); never null.
 */
public record ExportReport(List<Path> files, long nodes, long edges, List<String> warnings) {
    public ExportReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
