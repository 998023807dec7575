package org.dealgraph.server;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Read replicas as README describes them: copies of one compacted store, each served by its own
 * server, answer alike; a new day's store is swapped in one replica at a time, so one always answers.
 */
class ReplicasTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PARTNERS = "PREFIX dg: <https://w3id.org/dealgraph#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?a ?b WHERE { ?x dg:partnersWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } ORDER BY ?a ?b";
    static final String ARTICLES = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path dir;

    static String ask(SparqlEndpoint e, String query) throws IOException, InterruptedException {
        URI uri = URI.create(e.queryUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else if (!f.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(f, t);
                }
            }
        }
    }

    @Test
    void twoServersOnCopiesOfACompactedStoreAnswerAlikeAndAreSwappedOneAtATime() throws Exception {
        Path day1 = dir.resolve("day1");
        try (DealGraph g = DealGraph.open(day1, TestPipeline.get())) {
            g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            g.compact();
        }
        copy(day1, dir.resolve("replica-a"));
        copy(day1, dir.resolve("replica-b"));
        DealGraph a = DealGraph.open(dir.resolve("replica-a"));
        DealGraph b = DealGraph.open(dir.resolve("replica-b"));
        SparqlEndpoint ea = a.serve(EndpointSettings.defaults().withPort(0));
        SparqlEndpoint eb = b.serve(EndpointSettings.defaults().withPort(0));
        try {
            assertTrue(ea.port() != eb.port());
            String partners = ask(ea, PARTNERS);
            assertTrue(partners.lines().count() > 2, partners);
            assertEquals(partners, ask(eb, PARTNERS));
            assertEquals(ask(ea, ARTICLES), ask(eb, ARTICLES));

            // day 2: a new store made from day 1 and the new articles, compacted; replica A is
            // swapped to it while B answers, then B
            Path day2 = dir.resolve("day2");
            copy(day1, day2);
            try (DealGraph g = DealGraph.open(day2, TestPipeline.get())) {
                g.ingestArticles(List.of(Article.of("new1", "Kelana bermitra dengan Harmoni Records",
                        "Kelana bermitra dengan Harmoni Records sejak 2021.")), IngestListener.NONE);
                g.compact();
            }
            copy(day2, dir.resolve("replica-a2"));
            ea.close();
            a.close();
            assertEquals(partners, ask(eb, PARTNERS)); // B still answers while A is swapped
            a = DealGraph.open(dir.resolve("replica-a2"));
            ea = a.serve(EndpointSettings.defaults().withPort(0));
            assertTrue(ask(ea, PARTNERS).contains("Kelana"), "A serves day 2");
            copy(day2, dir.resolve("replica-b2"));
            eb.close();
            b.close();
            b = DealGraph.open(dir.resolve("replica-b2"));
            eb = b.serve(EndpointSettings.defaults().withPort(0));
            assertEquals(ask(ea, PARTNERS), ask(eb, PARTNERS));
            assertEquals(ask(ea, ARTICLES), ask(eb, ARTICLES));
        } finally {
            ea.close();
            eb.close();
            a.close();
            b.close();
        }
    }
}
