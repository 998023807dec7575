package org.dealgraph.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of an annotated corpus, for all articles ("all"), per language ("lang:en") and per
 * source ("source:reuters21578"): articles, tokens, entities, entity mentions, relations per
 * relation, non-relations, events per type, amounts. A token is a run of letters and digits or
 * any other single non-space character, so that the count does not depend on a language's
 * tokenizer. Immutable.
 */
public record CorpusStatistics(Map<String, Counts> groups) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    public CorpusStatistics {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** The counts of one group of articles. */
    public record Counts(int articles, long tokens, int entities, int mentions, Map<String, Integer> relations,
                         int nonRelations, Map<String, Integer> events, int amounts) {
        public Counts {
            relations = Collections.unmodifiableMap(new TreeMap<>(relations));
            events = Collections.unmodifiableMap(new TreeMap<>(events));
        }

        public int relationTotal() {
            return relations.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int eventTotal() {
            return events.values().stream().mapToInt(Integer::intValue).sum();
        }

        Counts plus(AnnotatedArticle a) {
            Annotation n = a.annotation();
            Map<String, Integer> r = new TreeMap<>(relations);
            n.relations().forEach(x -> r.merge(x.predicate(), 1, Integer::sum));
            Map<String, Integer> e = new TreeMap<>(events);
            n.events().forEach(x -> e.merge(x.type(), 1, Integer::sum));
            return new Counts(articles + 1, tokens + countTokens(a.document()), entities + n.entities().size(),
                    mentions + n.entities().stream().mapToInt(x -> x.mentions().size()).sum(), r,
                    nonRelations + n.nonRelations().size(), e, amounts + n.amounts().size());
        }
    }

    private static final Counts NONE = new Counts(0, 0, 0, 0, Map.of(), 0, Map.of(), 0);

    public static CorpusStatistics of(List<AnnotatedArticle> articles) {
        Map<String, Counts> groups = new LinkedHashMap<>();
        groups.put("all", NONE);
        Map<String, Counts> sorted = new TreeMap<>();
        for (AnnotatedArticle a : articles) {
            groups.merge("all", NONE, (x, y) -> x.plus(a));
            sorted.merge("lang:" + a.lang(), NONE.plus(a), (x, y) -> x.plus(a));
            String source = a.annotation().source().isEmpty() ? a.annotation().corpus() : a.annotation().source();
            sorted.merge("source:" + source, NONE.plus(a), (x, y) -> x.plus(a));
        }
        groups.putAll(sorted);
        return new CorpusStatistics(groups);
    }

    static long countTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
