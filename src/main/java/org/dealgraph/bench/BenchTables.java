package org.dealgraph.bench;

import java.util.Locale;
import java.util.Map;

/** A benchmark report as Markdown tables, for the terminal and the README. */
public final class BenchTables {
    private BenchTables() {
    }

    public static String render(BenchReport r) {
        StringBuilder out = new StringBuilder();
        BenchReport.Machine m = r.machine();
        out.append(String.format(Locale.ROOT, "Machine: %s, %d cores, %s, max heap %d MB, %s; %s; mode %s; corpus %s%n%n",
                m.cpu(), m.cores(), m.os(), m.maxHeapMb(), m.java(), m.date(), r.mode(), r.corpus()));
        out.append("| extraction | threads | articles | MB | seconds | articles/s | MB/s | triples | peak heap MB |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchReport.ExtractionFigure f : r.extraction()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.0f | %.2f | %d | %d |%n", f.language(), f.threads(),
                    f.articles(), f.megabytes(), f.seconds(), f.articlesPerSecond(), f.megabytesPerSecond(), f.triples(), f.peakHeapMb()));
        }
        out.append("\n| floor ratio | articles (1 thread) | text stage CPU s | rules s | + name finder s | + classifiers s | rules / floor"
                + " | + name finder / floor | + classifiers / floor |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchReport.FloorFigure f : r.floor()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", f.language(), f.articles(),
                    f.floorSeconds(), f.rulesSeconds(), f.namesSeconds(), f.fullSeconds(), f.rulesOverFloor(), f.namesOverFloor(),
                    f.fullOverFloor()));
        }
        out.append("\n| store | load | articles | triples | seconds | articles/s | triples/s | MB on disk | MB per M triples | compacted MB (s) |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchReport.IngestFigure f : r.ingest()) {
            String compacted = f.bytesAfterCompaction() == null ? "" : String.format(Locale.ROOT, "%.0f (%.1f s)",
                    f.bytesAfterCompaction() / 1e6, f.compactionSeconds());
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %s |%n", f.store(), f.method(),
                    f.articles(), f.triples(), f.seconds(), f.articlesPerSecond(), f.triplesPerSecond(), f.bytesOnDisk() / 1e6,
                    f.mbPerMillionTriples(), compacted));
        }
        out.append("\n| store | dataset | triples | query | requests | errors | rows | median ms | p99 ms |\n");
        out.append("|---|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (BenchReport.QueryFigure f : r.queries()) {
            String times = f.rows() < 0 ? "failed: " + f.failure().replace("|", "\\|") + " | " : String.format(Locale.ROOT, "%.1f | %.1f", f.medianMs(), f.p99Ms());
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %d | %d | %s |%n", f.store(), f.dataset(), f.triples(),
                    f.query(), f.requests(), f.errors(), f.rows(), times));
        }
        Map<String, Double> ratios = r.ratios();
        if (!ratios.isEmpty()) {
            out.append("\n| dealgraph / peer, consolidation on / off | ratio |\n|---|---:|\n");
            ratios.forEach((k, v) -> out.append(String.format(Locale.ROOT, "| %s | %.2f |%n", k, v)));
        }
        out.append('\n');
        r.notes().forEach(n -> out.append("- ").append(n).append('\n'));
        return out.toString();
    }
}
