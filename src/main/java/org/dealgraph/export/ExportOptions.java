package org.dealgraph.export;

import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to export and how.
 *
 * @param format     the file format
 * @param dynamic    GEXF only: a dynamic graph whose node and edge spells come from the dates of
 *                   the articles and events, so Gephi's timeline plays how the network grew
 * @param events     also draw deals and events as nodes, linked to their participants (a
 *                   bipartite view); default off
 * @param categories the kinds of entity drawn as nodes; default organizations, people and products
 * @param relations  the relation kinds drawn as edges; empty means all
 * @param center     only the neighbourhood of the entity with this label, in any case, or else this alternative name (skos:altLabel, in any case), or this entity IRI ...
 * @param depth      ... to this many links (with a center only; default 1)
 * @param from       only facts from articles published on or after this date
 * @param to         only facts from articles published on or before this date (not before {@code from}:
 *                   {@link IllegalArgumentException})
 * @param minWeight  only edges supported by at least this many articles (default 1)
 * @param query      a SPARQL CONSTRUCT (relation triples) or SELECT ({@code ?source ?target}
 *                   and optionally {@code ?kind}, a relation's IRI or its name as a string such as
 *                   {@code "acquires"}; any other kind is an error) that chooses the edges instead
 */
public record ExportOptions(ExportFormat format, boolean dynamic, boolean events, Set<EntityType> categories,
                            Set<RelationType> relations, Optional<String> center, int depth, Optional<LocalDate> from,
                            Optional<LocalDate> to, int minWeight, Optional<String> query) {
    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(center, "center");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(query, "query");
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        relations = relations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relations));
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
        if (minWeight < 1) {
            throw new IllegalArgumentException("minimum weight must be at least 1: " + minWeight);
        }
        if (dynamic && format != ExportFormat.GEXF) {
            throw new IllegalArgumentException("a dynamic export is GEXF only");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("no entity category to export");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the first date " + from.get() + " is after the last " + to.get() + ": no article lies between");
        }
    }

    /**
     * Whether the export is a directed graph. It is, unless every relation it draws is symmetric
     * and it draws no events: then every edge is undirected and the graph is too. In a directed
     * graph a symmetric relation is two edges, one each way, as the store holds it.
     *
     * <p>Design decision: no mixed graphs. Gephi reads a GEXF graph with directed and undirected
     * edges, but NetworkX's readers build a directed graph only when the file declares one
     * ({@code defaultedgetype="directed"}, {@code edgedefault="directed"}) and then reject every
     * undirected edge; GEXF's schema has no "mixed" default, and Gephi reports one as an error.
     * A graph of one kind is read the same by Gephi, yEd and NetworkX.
     */
    public boolean directedGraph() {
        return events || relations.isEmpty() || !relations.stream().allMatch(RelationType::symmetric);
    }

    /** The whole graph in {@code format}, with the defaults. */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, false, false, EnumSet.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT),
                Set.of(), Optional.empty(), 1, Optional.empty(), Optional.empty(), 1, Optional.empty());
    }

    public ExportOptions withDynamic(boolean d) {
        return new ExportOptions(format, d, events, categories, relations, center, depth, from, to, minWeight, query);
    }

    public ExportOptions withEvents(boolean e) {
        return new ExportOptions(format, dynamic, e, categories, relations, center, depth, from, to, minWeight, query);
    }

    public ExportOptions withRelations(Set<RelationType> r) {
        return new ExportOptions(format, dynamic, events, categories, r, center, depth, from, to, minWeight, query);
    }

    public ExportOptions withCenter(String name, int d) {
        return new ExportOptions(format, dynamic, events, categories, relations, Optional.of(name), d, from, to, minWeight, query);
    }

    public ExportOptions withDates(Optional<LocalDate> f, Optional<LocalDate> t) {
        return new ExportOptions(format, dynamic, events, categories, relations, center, depth, f, t, minWeight, query);
    }

    public ExportOptions withMinWeight(int w) {
        return new ExportOptions(format, dynamic, events, categories, relations, center, depth, from, to, w, query);
    }

    public ExportOptions withQuery(String sparql) {
        return new ExportOptions(format, dynamic, events, categories, relations, center, depth, from, to, minWeight, Optional.of(sparql));
    }

    public ExportOptions withCategories(Set<EntityType> c) {
        return new ExportOptions(format, dynamic, events, c, relations, center, depth, from, to, minWeight, query);
    }
}
