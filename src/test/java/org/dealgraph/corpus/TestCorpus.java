package org.dealgraph.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up annotated corpus in a folder, as the project lays it out: {@code corpora/news.jsonl}
 * with the texts, {@code annotations/annotations/<id>.json} and {@code annotations/splits.tsv}.
 * Offsets are computed from the texts, so the fixture cannot drift from them.
 */
public final class TestCorpus {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One made-up article: id, title, text, language, split. */
    public record Doc(String id, String title, String text, String lang, String split) {
        public String document() {
            return title + "\n" + text;
        }
    }

    public static final Doc ACME = new Doc("en-1", "Acme Corp to buy Widget Inc",
            "Acme Corp said on Monday it agreed to buy Widget Inc for 20 mln dlrs.\nWidget Inc makes valves.", "en", "test");
    public static final Doc BOREALIS = new Doc("en-2", "Borealis sues Cobalt",
            "Borealis Ltd filed a lawsuit against Cobalt Inc over a patent, Reuters reported.", "en", "train");
    public static final Doc KELANA = new Doc("id-1", "Kelana bermitra dengan Harmoni Records",
            "PT Kelana Digital bermitra dengan Harmoni Records untuk distribusi musik.", "id", "test");
    public static final List<Doc> DOCS = List.of(ACME, BOREALIS, KELANA);

    public final Path corpusDir;
    public final Path annotationDir;

    private TestCorpus(Path root) {
        this.corpusDir = root.resolve("corpora");
        this.annotationDir = root.resolve("annotations");
    }

    /** Writes the three articles, their annotations and the split file under {@code root}. */
    public static TestCorpus write(Path root) {
        TestCorpus c = new TestCorpus(root);
        try {
            Files.createDirectories(c.corpusDir);
            Files.createDirectories(c.annotationDir.resolve("annotations"));
            StringBuilder jsonl = new StringBuilder();
            StringBuilder splits = new StringBuilder("id\tlang\tsource\tstratum\tsplit\tcorpus\tsha256\n");
            for (Doc d : DOCS) {
                ObjectNode rec = JSON.createObjectNode().put("id", d.id()).put("title", d.title()).put("text", d.text()).put("lang", d.lang());
                jsonl.append(JSON.writeValueAsString(rec)).append('\n');
                splits.append(String.join("\t", d.id(), d.lang(), "made-up", "made-up-" + d.lang(), d.split(), "news.jsonl",
                        AnnotatedCorpus.sha256(d.document()))).append('\n');
                c.writeAnnotation(annotation(d));
            }
            Files.writeString(c.corpusDir.resolve("news.jsonl"), jsonl);
            Files.writeString(c.annotationDir.resolve(AnnotatedCorpus.SPLITS), splits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    public Path annotationFile(String id) {
        return annotationDir.resolve("annotations").resolve(id + ".json");
    }

    public void writeAnnotation(ObjectNode a) {
        try {
            Files.writeString(annotationFile(a.path("id").asText()), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotation of a made-up article, every mention and span found in its document. */
    public static ObjectNode annotation(Doc d) {
        ObjectNode a = JSON.createObjectNode().put("article", d.id()).put("id", d.id()).put("corpus", "news.jsonl")
                .put("sha256", AnnotatedCorpus.sha256(d.document())).put("lang", d.lang()).put("source", "made-up")
                .put("stratum", "made-up-" + d.lang()).put("adjudicated", false).put("extra_field_from_the_future", 1);
        a.putArray("annotators").add("a1");
        String doc = d.document();
        ArrayNode entities = a.putArray("entities");
        ArrayNode relations = a.putArray("relations");
        ArrayNode events = a.putArray("events");
        ArrayNode amounts = a.putArray("amounts");
        a.putArray("optional");
        a.putArray("non_relations");
        switch (d.id()) {
            case "en-1" -> {
                entity(entities, doc, "Acme Corp", "Organization", List.of("Acme"), "Acme Corp");
                entity(entities, doc, "Widget Inc", "Organization", List.of("Widget"), "Widget Inc");
                relation(relations, doc, "Acme Corp", "acquires", "Widget Inc", "agreed to buy Widget Inc");
                ObjectNode e = events.addObject().put("type", "Acquisition").put("status", "agreed");
                e.putArray("participants").add("Acme Corp").add("Widget Inc");
                e.putObject("roles").put("acquirer", "Acme Corp").put("target", "Widget Inc");
                e.set("trigger", span(doc, "buy"));
                int at = doc.indexOf("20 mln dlrs");
                amounts.addObject().put("value", 20000000).put("currency", "USD").putNull("period")
                        .put("start", at).put("end", at + "20 mln dlrs".length()).put("text", "20 mln dlrs");
            }
            case "en-2" -> {
                entity(entities, doc, "Borealis Ltd", "Organization", List.of("Borealis"), "Borealis");
                entity(entities, doc, "Cobalt Inc", "Organization", List.of("Cobalt"), "Cobalt");
                entity(entities, doc, "Reuters", "NewsOutlet", List.of(), "Reuters");
                relation(relations, doc, "Borealis Ltd", "sues", "Cobalt Inc", "filed a lawsuit against Cobalt Inc");
            }
            default -> {
                entity(entities, doc, "Kelana Digital", "Organization", List.of("Kelana", "PT Kelana Digital"), "Kelana");
                entity(entities, doc, "Harmoni Records", "Organization", List.of(), "Harmoni Records");
                relation(relations, doc, "Kelana Digital", "partnersWith", "Harmoni Records", "bermitra dengan Harmoni Records untuk");
            }
        }
        return a;
    }

    /** An entity with a mention at every occurrence of {@code surface} in the document. */
    static void entity(ArrayNode entities, String doc, String name, String type, List<String> aliases, String surface) {
        ObjectNode e = entities.addObject().put("name", name).put("type", type);
        ArrayNode al = e.putArray("aliases");
        aliases.forEach(al::add);
        ArrayNode mentions = e.putArray("mentions");
        List<Integer> at = new ArrayList<>();
        for (int i = doc.indexOf(surface); i >= 0; i = doc.indexOf(surface, i + 1)) {
            at.add(i);
        }
        at.forEach(i -> mentions.addObject().put("start", i).put("end", i + surface.length()).put("text", surface));
    }

    static void relation(ArrayNode relations, String doc, String s, String p, String o, String evidence) {
        ObjectNode r = relations.addObject().put("s", s).put("p", p).put("o", o).put("factuality", "asserted");
        int at = doc.indexOf(evidence);
        r.putArray("evidence").addObject().put("start", at).put("end", at + evidence.length());
    }

    static ObjectNode span(String doc, String text) {
        int at = doc.indexOf(text);
        return JSON.createObjectNode().put("start", at).put("end", at + text.length()).put("text", text);
    }
}
