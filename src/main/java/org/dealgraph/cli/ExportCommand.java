package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.event.RelationType;
import org.dealgraph.export.ExportFormat;
import org.dealgraph.export.ExportOptions;
import org.dealgraph.export.ExportReport;
import org.dealgraph.export.UnknownNameException;
import org.dealgraph.mention.EntityType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the company network for Gephi and other graph tools.",
                "Nodes are entities, edges relations weighted by the number of articles, with first/last seen dates "
                + "and the latest deal status.",
                "For Gephi: --format gexf (add --dynamic for a timeline)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (made by 'dealgraph ingest').")
    Path store;

    @Option(names = "--format", defaultValue = "gexf", paramLabel = "FORMAT", description = "gexf, graphml, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output file; csv writes two files, PATH-nodes.csv and PATH-edges.csv.")
    Path out;

    @Option(names = "--dynamic", description = "GEXF with node and edge spells from article dates, for Gephi's timeline.")
    boolean dynamic;

    @Option(names = "--events", description = "Draw deals and events as nodes linked to their participants (bipartite view).")
    boolean events;

    @Option(names = "--categories", split = ",", paramLabel = "KIND",
            description = "Entity kinds drawn as nodes: organization, person, product, place; repeatable, or joined by commas (default: all but place).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--relation", split = ",", paramLabel = "NAME", description = "Only these relation kinds, such as acquires or partnersWith; repeatable, or joined by commas.")
    List<String> relations = new ArrayList<>();

    @Option(names = "--center", paramLabel = "NAME", description = "Only the neighbourhood of the entity with this label or alternative name (in any case).")
    String center;

    @Option(names = "--depth", defaultValue = "1", paramLabel = "N", description = "Links from --center (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only facts from articles published on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only facts from articles published on or before this date.")
    String to;

    @Option(names = "--min-weight", defaultValue = "1", paramLabel = "N", description = "Only edges reported by at least this many articles (default: ${DEFAULT-VALUE}).")
    int minWeight;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "The edges: a SPARQL CONSTRUCT of relation triples, or a SELECT of ?source, ?target and optionally ?kind.")
    Path query;

    @Override
    public Integer call() throws IOException {
        ExportOptions o;
        try {
            o = ExportOptions.of(ExportFormat.parse(format)).withDynamic(dynamic).withEvents(events)
                    .withDates(date(from), date(to)).withMinWeight(minWeight);
            if (!categories.isEmpty()) {
                Set<EntityType> cats = EnumSet.noneOf(EntityType.class);
                List<String> kinds = java.util.Arrays.stream(EntityType.values()).filter(t -> t.canBeParty() || t == EntityType.PLACE)
                        .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
                for (String c : categories) {
                    String kind = c.strip().toLowerCase(Locale.ROOT);
                    if (!kinds.contains(kind)) {
                        throw new IllegalArgumentException("--categories takes " + String.join(", ", kinds) + "; not '" + c.strip() + "'");
                    }
                    cats.add(EntityType.valueOf(kind.toUpperCase(Locale.ROOT)));
                }
                o = o.withCategories(cats);
            }
            if (!relations.isEmpty()) {
                Set<RelationType> rels = EnumSet.noneOf(RelationType.class);
                for (String r : relations) {
                    rels.add(RelationType.fromLocalName(r.strip()));
                }
                o = o.withRelations(rels);
            }
            if (center != null) {
                o = o.withCenter(center, depth);
            } else if (spec.commandLine().getParseResult().hasMatchedOption("--depth")) {
                throw new IllegalArgumentException("--depth counts links from --center: give --center NAME too");
            }
            if (query != null) {
                o = o.withQuery(QueryFile.read(spec, query));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (o.format() != ExportFormat.CSV && java.nio.file.Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a folder: give the path of the file to write");
        }
        ExistingStore.require(spec, store);
        try (DealGraph g = DealGraph.open(store)) {
            ExportReport r;
            try {
                r = g.export(o, out);
            } catch (UnknownNameException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            spec.commandLine().getErr().flush();
            spec.commandLine().getOut().println("exported " + Reports.count(r.nodes(), "node") + " and " + Reports.count(r.edges(), "edge") + " to " + String.join(", ",
                    r.files().stream().map(Path::toString).toList()));
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    private static Optional<LocalDate> date(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + s);
        }
    }
}
