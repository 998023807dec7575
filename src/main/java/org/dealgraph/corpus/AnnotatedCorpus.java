package org.dealgraph.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dealgraph.DealGraphException;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.corpus.Annotation.AnnotatedAmount;
import org.dealgraph.corpus.Annotation.AnnotatedEntity;
import org.dealgraph.corpus.Annotation.AnnotatedEvent;
import org.dealgraph.corpus.Annotation.AnnotatedRelation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The annotated corpus, or a selection of it: annotation files joined with the texts of a corpus
 * folder the user gives at run time (the texts are third-party and never part of the project).
 *
 * <p>The annotation folder holds {@code annotations/<id>.json} (see {@link Annotation}) and
 * {@code splits.tsv} (see {@link Splits}); the corpus folder holds the JSON Lines files the
 * annotations name ({@code {"id", "title", "text", "lang", ...}} a line). Each corpus file is
 * streamed once and only the wanted records are kept.
 *
 * <p>Bad data is reported, not thrown: each {@link ArticleProblem} names the file (and line)
 * at fault: a malformed annotation, an annotation whose article is missing from the corpus or
 * whose text no longer has the annotated SHA-256 (that article is left out), a span outside the
 * document or not covering the text it states, a relation or event naming no annotated entity,
 * a bad line of the split file. Immutable.
 *
 * <pre>{@code
 * AnnotatedCorpus test = AnnotatedCorpus.load(Path.of("data/corpus"), Path.of("../corpora"), CorpusSelection.of(Split.TEST));
 * test.problems().forEach(System.err::println);
 * }</pre>
 */
public record AnnotatedCorpus(List<AnnotatedArticle> articles, Splits splits, List<ArticleProblem> problems) {
    /** The split file in an annotation folder. */
    public static final String SPLITS = "splits.tsv";
    /** The folder of annotation files in an annotation folder. */
    public static final String ANNOTATIONS = "annotations";

    private static final ObjectMapper JSON = new ObjectMapper();

    public AnnotatedCorpus {
        articles = List.copyOf(articles);
        Objects.requireNonNull(splits, "splits");
        problems = List.copyOf(problems);
    }

    /**
     * Loads the selected articles.
     *
     * @param annotationDir the folder with {@code annotations/} and {@code splits.tsv}
     * @param corpusDir     the folder with the corpus files the annotations name
     * @throws DealGraphException if the annotation folder cannot be listed
     */
    public static AnnotatedCorpus load(Path annotationDir, Path corpusDir, CorpusSelection selection) {
        List<ArticleProblem> problems = new ArrayList<>();
        Path splitFile = annotationDir.resolve(SPLITS);
        Splits splits;
        if (Files.exists(splitFile)) {
            splits = Splits.read(splitFile);
            problems.addAll(splits.problems());
        } else {
            splits = new Splits(List.of(), List.of());
            problems.add(new ArticleProblem(splitFile.toString(), "no split file"));
        }
        Map<String, SplitEntry> listed = splits.byId();
        Map<String, Annotation> annotations = readAnnotations(annotationDir.resolve(ANNOTATIONS), problems);

        Map<String, Annotation> wanted = new LinkedHashMap<>();
        if (selection.split().isPresent()) {
            for (SplitEntry e : splits.entries()) {
                if (e.split() != selection.split().get() || !selection.wantsLang(e.lang())) {
                    continue;
                }
                Annotation a = annotations.get(e.id());
                if (a == null) {
                    problems.add(new ArticleProblem(splitFile + ":" + e.id(), "listed in split " + e.split().label() + " but has no readable annotation file"));
                } else {
                    wanted.put(e.id(), a);
                }
            }
        } else {
            for (Annotation a : annotations.values()) {
                if (!listed.containsKey(a.id()) && !splits.entries().isEmpty()) {
                    problems.add(new ArticleProblem(a.file().toString(), "article " + a.id() + " is not in " + SPLITS));
                }
                if (selection.wantsLang(langOf(a, listed.get(a.id())))) {
                    wanted.put(a.id(), a);
                }
            }
        }
        for (Annotation a : wanted.values()) {
            SplitEntry e = listed.get(a.id());
            if (e != null && !e.sha256().equalsIgnoreCase(a.sha256())) {
                problems.add(new ArticleProblem(a.file().toString(), "sha256 differs from the one in " + SPLITS));
            }
            if (e != null && !a.corpus().isEmpty() && !e.corpus().equals(a.corpus())) {
                problems.add(new ArticleProblem(a.file().toString(), "corpus file " + a.corpus() + " differs from " + e.corpus() + " in " + SPLITS));
            }
        }

        Map<String, List<Annotation>> byCorpus = new TreeMap<>();
        for (Annotation a : wanted.values()) {
            SplitEntry e = listed.get(a.id());
            String corpus = !a.corpus().isEmpty() ? a.corpus() : e != null ? e.corpus() : "";
            if (corpus.isEmpty()) {
                problems.add(new ArticleProblem(a.file().toString(), "names no corpus file"));
            } else {
                byCorpus.computeIfAbsent(corpus, k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, AnnotatedArticle> joined = new HashMap<>();
        for (Map.Entry<String, List<Annotation>> c : byCorpus.entrySet()) {
            Path corpusFile = corpusDir.resolve(c.getKey());
            if (!Files.isRegularFile(corpusFile)) {
                // one problem per missing file, not one per article in it
                problems.add(new ArticleProblem(corpusFile.toString(), "corpus file " + c.getKey() + " is not in " + corpusDir
                        + "; its " + c.getValue().size() + " annotated articles are left out"));
                continue;
            }
            Map<String, Annotation> ids = new HashMap<>();
            c.getValue().forEach(a -> ids.put(a.id(), a));
            Map<String, Article> texts = readCorpus(corpusDir.resolve(c.getKey()), ids.keySet(), problems);
            for (Annotation a : c.getValue()) {
                Article article = texts.get(a.id());
                if (article == null) {
                    problems.add(new ArticleProblem(a.file().toString(), "article " + a.id() + " is missing from corpus file " + corpusFile));
                    continue;
                }
                String document = AnnotatedArticle.document(article.title(), article.body());
                String sha = sha256(document);
                if (!sha.equals(a.sha256())) {
                    problems.add(new ArticleProblem(a.file().toString(), "text hash no longer matches: the annotation was made on sha256 "
                            + a.sha256() + ", the corpus text of " + a.id() + " has " + sha + "; the article is left out"));
                    continue;
                }
                check(a, document, problems);
                joined.put(a.id(), new AnnotatedArticle(article, document, a));
            }
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        wanted.keySet().stream().map(joined::get).filter(Objects::nonNull).forEach(articles::add);
        return new AnnotatedCorpus(articles, splits, problems);
    }

    /** The loaded articles in {@code lang} ("" for all). */
    public List<AnnotatedArticle> inLang(String lang) {
        return articles.stream().filter(a -> lang.isEmpty() || a.lang().equals(lang)).toList();
    }

    /** SHA-256 of the UTF-8 bytes of a document, in lower-case hex. */
    public static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String langOf(Annotation a, SplitEntry e) {
        return !a.lang().isEmpty() ? a.lang() : e != null ? e.lang() : "";
    }

    private static Map<String, Annotation> readAnnotations(Path dir, List<ArticleProblem> problems) {
        Map<String, Annotation> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            throw new DealGraphException("no annotation folder at " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new DealGraphException("cannot list annotation folder " + dir + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            Annotation.read(f, problems).ifPresent(a -> {
                String name = f.getFileName().toString();
                if (!name.equals(a.id() + ".json")) {
                    problems.add(new ArticleProblem(f.toString(), "file name differs from the article id " + a.id()));
                }
                if (out.putIfAbsent(a.id(), a) != null) {
                    problems.add(new ArticleProblem(f.toString(), "a second annotation of " + a.id() + "; the first one, " + out.get(a.id()).file() + ", was kept"));
                }
            });
        }
        return out;
    }

    /** The records of {@code ids} in a JSON Lines corpus file, read in one pass. */
    private static Map<String, Article> readCorpus(Path file, Set<String> ids, List<ArticleProblem> problems) {
        Map<String, Article> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        int badLines = 0;
        int firstBad = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && out.size() < ids.size()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode rec;
                try {
                    rec = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    rec = null;
                }
                if (rec == null || !rec.isObject() || !rec.path("id").isTextual()) {
                    if (badLines++ == 0) {
                        firstBad = n;
                    }
                    continue;
                }
                String id = rec.path("id").asText();
                if (ids.contains(id) && !out.containsKey(id)) {
                    out.put(id, new Article(id, text(rec, "title"), text(rec, "text"), text(rec, "url"), date(text(rec, "date")),
                            text(rec, "lang").strip().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        } catch (IOException e) {
            problems.add(new ArticleProblem(file.toString(), "cannot read corpus file: " + e.getMessage()));
        }
        if (badLines > 0) {
            problems.add(new ArticleProblem(file + ":" + firstBad, "not a JSON object with an \"id\""
                    + (badLines > 1 ? " (nor are " + (badLines - 1) + " further lines)" : "")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return s.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Every span fits the document; every relation and event names annotated entities. */
    private static void check(Annotation a, String document, List<ArticleProblem> problems) {
        Set<String> names = new HashSet<>();
        for (AnnotatedEntity e : a.entities()) {
            names.add(e.name());
            names.addAll(e.aliases());
            e.mentions().forEach(m -> checkSpan(a, "mention of " + e.name(), m, document, problems));
        }
        List<AnnotatedRelation> relations = new ArrayList<>(a.relations());
        relations.addAll(a.optional());
        relations.addAll(a.nonRelations());
        for (AnnotatedRelation r : relations) {
            r.evidence().forEach(s -> checkSpan(a, "evidence of " + r.predicate(), s, document, problems));
            Stream.concat(r.subjects().stream(), r.objects().stream()).filter(n -> !names.contains(n)).forEach(n ->
                    problems.add(at(a, r.line(), "relation " + r.predicate() + " names '" + n + "', which is no annotated entity's name or alias")));
        }
        for (AnnotatedAmount m : a.amounts()) {
            m.span().ifPresent(s -> checkSpan(a, "amount", s, document, problems));
        }
        for (AnnotatedEvent e : a.events()) {
            e.trigger().ifPresent(s -> checkSpan(a, "trigger of " + e.type(), s, document, problems));
            e.amount().flatMap(AnnotatedAmount::span).ifPresent(s -> checkSpan(a, "amount of " + e.type(), s, document, problems));
            e.evidence().forEach(s -> checkSpan(a, "evidence of " + e.type(), s, document, problems));
            e.participants().stream().filter(n -> !names.contains(n)).forEach(n ->
                    problems.add(at(a, e.line(), "event " + e.type() + " names '" + n + "', which is no annotated entity's name or alias")));
        }
    }

    private static void checkSpan(Annotation a, String what, Span s, String document, List<ArticleProblem> problems) {
        if (s.end() > document.length()) {
            problems.add(at(a, s.line(), what + " [" + s.start() + "," + s.end() + ") lies outside the document (" + document.length() + " characters)"));
        } else if (!s.fits(document)) {
            problems.add(at(a, s.line(), what + " [" + s.start() + "," + s.end() + ") says '" + s.text() + "' but the document has '"
                    + document.substring(s.start(), s.end()) + "'"));
        }
    }

    private static ArticleProblem at(Annotation a, int line, String problem) {
        return new ArticleProblem(line > 0 ? a.file() + ":" + line : a.file().toString(), problem);
    }
}
