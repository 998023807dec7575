package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.QueryFormat;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query (from a .rq file or --sparql) against a store.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (made by 'dealgraph ingest').")
    Path store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", arity = "1", description = "A SPARQL query file, e.g. queries/partners.rq.")
        Path file;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The SPARQL query itself, instead of a file.")
        String text;
    }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        QueryFormat f;
        try {
            f = QueryFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ExistingStore.require(spec, store);
        String sparql = source.text != null ? source.text : QueryFile.read(spec, source.file);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DealGraph g = DealGraph.open(store)) {
            try {
                g.query(sparql, f, buf);
            } catch (org.dealgraph.InvalidQueryException e) {
                spec.commandLine().getErr().println("dealgraph: " + e.getMessage());
                return Main.USAGE;
            }
        }
        spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
