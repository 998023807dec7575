package org.dealgraph.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the files, and how many nodes and edges. */
public record ExportReport(List<Path> files, long nodes, long edges) {
    public ExportReport {
        files = List.copyOf(files);
    }
}
