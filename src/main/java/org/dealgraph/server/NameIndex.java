package org.dealgraph.server;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.dealgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names (labels and alternative names) of the store's organizations, people and products, held
 * in memory for completion as the user types: a SPARQL scan with {@code CONTAINS} reads every name
 * of the store on each keystroke (about 2 s for the 115,000 names of the corpora store), a scan of
 * this list a few milliseconds. Reloaded when the store has been written since ({@link GraphStore#changes()}).
 *
 * <p>Design decision: no full-text index (jena-text, Lucene). Completion wants substrings of names
 * ("tikt", "unicom"), which a word index answers only with wildcard queries, and the names of a
 * large store fit in a few tens of megabytes.
 *
 * <p>Thread-safe: a snapshot is replaced whole.
 */
final class NameIndex {
    private static final Logger LOG = LoggerFactory.getLogger(NameIndex.class);

    /** An entity and its names, lower-cased for matching; {@code label} is the first label the store holds. */
    record Entry(String id, String label, String type, List<String> names, List<String> lowerNames) {
    }

    /** One search hit: the entity and the name that matched. */
    record Hit(Entry entry, String name) {
    }

    private record Snapshot(long changes, List<Entry> entries) {
    }

    private final GraphStore store;
    private final String prefixes;
    private final String kinds;
    private volatile Snapshot snapshot;

    NameIndex(GraphStore store, String prefixes, String kinds) {
        this.store = store;
        this.prefixes = prefixes;
        this.kinds = kinds;
    }

    /** Names containing {@code needle} (lower case): names that start with it first, then shorter labels. */
    List<Hit> search(String needle, int limit) {
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries()) {
            for (int i = 0; i < e.lowerNames().size(); i++) {
                if (e.lowerNames().get(i).contains(needle)) {
                    hits.add(new Hit(e, e.names().get(i)));
                    break;
                }
            }
        }
        Comparator<Hit> rank = Comparator.comparing((Hit h) -> !h.entry().label().toLowerCase(Locale.ROOT).startsWith(needle))
                .thenComparing(h -> !h.name().toLowerCase(Locale.ROOT).startsWith(needle))
                .thenComparing(h -> h.entry().label().length())
                .thenComparing(h -> h.entry().label());
        return hits.stream().sorted(rank).limit(limit).toList();
    }

    private List<Entry> entries() {
        long changes = store.changes();
        Snapshot s = snapshot;
        if (s == null || s.changes() != changes) {
            s = new Snapshot(changes, load());
            snapshot = s;
        }
        return s.entries();
    }

    /** Loads the names now, so the first search does not wait; failures are only logged (the search loads again). */
    void warm() {
        try {
            entries();
        } catch (RuntimeException e) {
            LOG.debug("name index not loaded ahead: {}", e.getMessage());
        }
    }

    private List<Entry> load() {
        long started = System.nanoTime();
        Map<String, String[]> head = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        store.query(prefixes + "SELECT ?e ?name ?alt ?type WHERE {\n"
                + "  { ?e rdfs:label ?name BIND(false AS ?alt) } UNION { ?e skos:altLabel ?name BIND(true AS ?alt) }\n"
                + "  ?e a ?type FILTER(?type IN (" + kinds + "))\n}", qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String id = r.getResource("e").getURI();
                String name = r.getLiteral("name").getLexicalForm();
                boolean alt = r.getLiteral("alt").getBoolean();
                String[] h = head.computeIfAbsent(id, k -> new String[] {null, r.getResource("type").getLocalName()});
                if (!alt && h[0] == null) {
                    h[0] = name;
                }
                List<String> list = names.computeIfAbsent(id, k -> new ArrayList<>());
                if (!list.contains(name)) {
                    list.add(name);
                }
            }
            return null;
        });
        List<Entry> entries = new ArrayList<>(head.size());
        for (Map.Entry<String, String[]> e : head.entrySet()) {
            List<String> n = names.get(e.getKey());
            String label = e.getValue()[0] == null ? n.get(0) : e.getValue()[0];
            entries.add(new Entry(e.getKey(), label, e.getValue()[1], List.copyOf(n),
                    n.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList()));
        }
        LOG.debug("name index: {} entities in {} ms", entries.size(), (System.nanoTime() - started) / 1_000_000);
        return entries;
    }
}
