package org.dealgraph.corpus;

import org.dealgraph.article.ArticleProblem;
import org.dealgraph.mention.EntityType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One article's annotation file ({@code annotations/<id>.json}): the gold format that
 * {@code score.py} reads, plus the article's corpus file and text hash, its sampling stratum, the
 * annotators, and every entity mention, relation, event and amount anchored in the document
 * {@code title + "\n" + text} (see {@link Span}). Fields that this class does not know are
 * ignored. Immutable; never holds null.
 *
 * <pre>{@code
 * List<ArticleProblem> problems = new ArrayList<>();
 * Optional<Annotation> a = Annotation.read(Path.of("data/corpus/annotations/reuters-3086.json"), problems);
 * }</pre>
 */
public record Annotation(Path file, String id, String article, String corpus, String sha256, String lang, String source,
                         String stratum, List<String> annotators, boolean adjudicated, List<AnnotatedEntity> entities,
                         List<AnnotatedRelation> relations, List<AnnotatedRelation> optional, List<AnnotatedRelation> nonRelations,
                         List<AnnotatedAmount> amounts, List<AnnotatedEvent> events) {

    public Annotation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stratum, "stratum");
        annotators = List.copyOf(annotators);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        optional = List.copyOf(optional);
        nonRelations = List.copyOf(nonRelations);
        amounts = List.copyOf(amounts);
        events = List.copyOf(events);
        if (id.isBlank()) {
            throw new IllegalArgumentException("annotation without an id: " + file);
        }
    }

    /** An entity: its canonical name, type, other names, and every mention of it. */
    public record AnnotatedEntity(String name, EntityType type, List<String> aliases, List<Span> mentions, int line) {
        public AnnotatedEntity {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            aliases = List.copyOf(aliases);
            mentions = List.copyOf(mentions);
            if (name.isBlank()) {
                throw new IllegalArgumentException("entity without a name");
            }
        }
    }

    /** A relation (or non-relation) whose subject and object may each be any of several names, with the spans that state it. */
    public record AnnotatedRelation(Set<String> subjects, String predicate, Set<String> objects, Factuality factuality,
                                    List<Span> evidence, int line) {
        public AnnotatedRelation {
            subjects = Set.copyOf(subjects);
            objects = Set.copyOf(objects);
            Objects.requireNonNull(predicate, "predicate");
            Objects.requireNonNull(factuality, "factuality");
            evidence = List.copyOf(evidence);
            if (subjects.isEmpty() || objects.isEmpty() || predicate.isBlank()) {
                throw new IllegalArgumentException("a relation needs \"s\", \"p\" and \"o\"");
            }
        }
    }

    /** A money amount: value in units of the currency, ISO 4217 code, period, where it is written, and acceptable alternatives. */
    public record AnnotatedAmount(BigDecimal value, String currency, Optional<String> period, Optional<Span> span,
                                  List<AnnotatedAmount> alternatives, int line) {
        public AnnotatedAmount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(span, "span");
            alternatives = List.copyOf(alternatives);
            if (!currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("not an ISO 4217 currency code: '" + currency + "'");
            }
        }
    }

    /** A deal or event: type, participants (canonical names) and their roles, status, trigger, date, period, amount, evidence. */
    public record AnnotatedEvent(String type, List<String> participants, Map<String, List<String>> roles, String status,
                                 Optional<Span> trigger, Optional<String> date, Optional<String> period,
                                 Optional<AnnotatedAmount> amount, List<Span> evidence, int line) {
        public AnnotatedEvent {
            Objects.requireNonNull(type, "type");
            participants = List.copyOf(participants);
            roles = Map.copyOf(roles);
            roles.values().forEach(v -> Objects.requireNonNull(v, "role names"));
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(amount, "amount");
            evidence = List.copyOf(evidence);
            if (type.isBlank()) {
                throw new IllegalArgumentException("event without a type");
            }
        }
    }

    /**
     * Reads an annotation file. A file that is not JSON, or lacks the article's id or text hash,
     * gives no annotation and a problem naming the file, line and column; an entity, relation,
     * event or amount that is malformed is left out, with a problem naming the file and its line.
     */
    public static Optional<Annotation> read(Path file, List<ArticleProblem> problems) {
        return AnnotationReader.read(file, problems);
    }

    /** The annotation type name of an entity type: Organization, Person, Product, Place, NewsOutlet. */
    public static String typeName(EntityType type) {
        return switch (type) {
            case ORGANIZATION -> "Organization";
            case PERSON -> "Person";
            case PRODUCT -> "Product";
            case PLACE -> "Place";
            case OUTLET -> "NewsOutlet";
        };
    }

    /** The entity type of an annotation type name, or empty. */
    public static Optional<EntityType> entityType(String name) {
        for (EntityType t : EntityType.values()) {
            if (typeName(t).equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
