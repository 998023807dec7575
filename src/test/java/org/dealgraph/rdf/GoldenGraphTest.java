package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.PlainTextArticleReader;
import org.dealgraph.article.ReadOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden cases: each folder of {@code src/test/resources/golden} holds an article and the graph
 * expected from it, compared as graphs (isomorphism). After a deliberate change to extraction,
 * rewrite the expected files with {@code mvn test -Dtest=GoldenGraphTest -Ddealgraph.golden.rewrite=true}
 * and review the diff.
 */
class GoldenGraphTest {
    private static final Path GOLDEN = TestPipeline.home().resolve("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"en-acquisition", "id-kemitraan"})
    void extractedGraphMatchesTheExpectedGraph(String name) throws IOException {
        Path dir = GOLDEN.resolve(name);
        ReadOutcome.Read read;
        try (var outcomes = new PlainTextArticleReader().read(dir.resolve("article.txt"))) {
            read = (ReadOutcome.Read) outcomes.findFirst().orElseThrow();
        }
        Model actual = new ExtractionMapper().map(TestPipeline.get().extract(read.article()));
        // the extractor's fingerprint changes with every lexicon edit by design: not part of the expected graph
        actual.removeAll(null, DG.extractorVersion, null);
        Path expectedFile = dir.resolve("expected.nt");
        if (Boolean.getBoolean("dealgraph.golden.rewrite")) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, RDFFormat.NTRIPLES_UTF8);
            }
        }
        Model expected = RDFDataMgr.loadModel(expectedFile.toString());
        StringWriter diff = new StringWriter();
        diff.append("missing:\n");
        RDFDataMgr.write(diff, expected.difference(actual), RDFFormat.NTRIPLES_UTF8);
        diff.append("unexpected:\n");
        RDFDataMgr.write(diff, actual.difference(expected), RDFFormat.NTRIPLES_UTF8);
        assertTrue(actual.isIsomorphicWith(expected), name + "\n" + diff);
    }
}
