package org.dealgraph.bench;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.DealGraphException;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.ExtractionMapper;
import org.dealgraph.store.GraphStore;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes extracted article graphs as N-Quads, the input of the bulk loaders, optionally several
 * times over: copy k renames everything that belongs to an article (its graph, the article, its
 * events, facts and amounts) with a {@code r<k>-} prefix and keeps the entities, so the scaled
 * store reports the same companies k times as often, as a longer news archive would.
 */
final class NQuadsFiles {
    private static final List<String> ARTICLE_SCOPED = List.of(DG.GRAPH, DG.ARTICLE, DG.EVENT, DG.FACT, DG.AMOUNT);

    private NQuadsFiles() {
    }

    /** Writes {@code copies} copies of the graphs to {@code file}; returns the quads written. */
    static long write(List<GraphStore.ArticleGraph> graphs, int copies, Path file) {
        long n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            sink.start();
            for (int copy = 1; copy <= copies; copy++) {
                String prefix = copy == 1 ? "" : "r" + copy + "-";
                for (GraphStore.ArticleGraph g : graphs) {
                    Node graph = rename(NodeFactory.createURI(ExtractionMapper.graphIri(g.articleId())), prefix);
                    for (Triple t : g.graph().getGraph().find().toList()) {
                        sink.quad(Quad.create(graph, rename(t.getSubject(), prefix), t.getPredicate(), rename(t.getObject(), prefix)));
                        n++;
                    }
                }
            }
            sink.finish();
        } catch (IOException e) {
            throw new DealGraphException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static Node rename(Node node, String prefix) {
        if (prefix.isEmpty() || !node.isURI()) {
            return node;
        }
        String iri = node.getURI();
        for (String base : ARTICLE_SCOPED) {
            if (iri.startsWith(base)) {
                return NodeFactory.createURI(base + prefix + iri.substring(base.length()));
            }
        }
        return node;
    }
}
