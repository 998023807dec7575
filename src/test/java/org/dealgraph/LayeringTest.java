package org.dealgraph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The package tree is the pipeline: each package depends only on those before it. */
class LayeringTest {
    private static final List<String> ORDER = List.of("article", "text", "mention", "entity", "event", "corpus", "evaluation", "learning", "rdf", "store", "export", "server", "bench", "cli");
    private static final Map<String, List<String>> FORBIDDEN_IMPORTS = Map.of(
            "org.apache.jena", List.of("article", "text", "mention", "entity", "event", "corpus", "evaluation", "learning"),
            "picocli", List.of("article", "text", "mention", "entity", "event", "rdf", "store", "export", "server", "bench", "corpus", "evaluation", "learning", ""),
            // OpenNLP: the text stage, and the trained finders and classifiers of mention, event and learning
            "opennlp", List.of("article", "entity", "rdf", "store", "server", "bench", "cli", "corpus", "evaluation"));

    @Test
    void packagesDependOnlyOnEarlierStages() throws IOException {
        Path src = TestPipeline.home().resolve("src/main/java/org/dealgraph");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = src.relativize(f);
                String pkg = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    for (var e : FORBIDDEN_IMPORTS.entrySet()) {
                        if (line.contains(e.getKey()) && e.getValue().contains(pkg)) {
                            violations.add(rel + ": " + line);
                        }
                    }
                    int mine = ORDER.indexOf(pkg);
                    for (int later = mine + 1; mine >= 0 && later < ORDER.size(); later++) {
                        if (line.startsWith("import org.dealgraph." + ORDER.get(later) + ".")) {
                            violations.add(rel + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
