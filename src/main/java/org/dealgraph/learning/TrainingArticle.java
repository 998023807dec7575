package org.dealgraph.learning;

import org.dealgraph.article.Article;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Language;

import java.util.List;
import java.util.Objects;

/**
 * An annotated article as the trainers use it: the article, its language, every gold name mention
 * (half-open offsets into {@link Article#text()}, its type and the canonical name of its entity),
 * and the gold relations with their evidence spans. Built from the corpus format by
 * {@code CorpusTraining}; a test may build one inline.
 */
public record TrainingArticle(Article article, Language language, List<GoldMention> mentions, List<GoldRelation> relations,
                              List<GoldEvent> events) {
    public TrainingArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    /** An article without gold events. */
    public TrainingArticle(Article article, Language language, List<GoldMention> mentions, List<GoldRelation> relations) {
        this(article, language, mentions, relations, List.of());
    }

    /**
     * A gold event: its type, the canonical names in its first role (acquirer, investor, payer, ...:
     * {@link EventType#roles()}) and in its second (target, investee, payee, ...), and the spans of
     * the sentences that report it. Both partners of a partnership are in both lists.
     */
    public record GoldEvent(EventType type, List<String> first, List<String> second, List<Span> evidence) {
        public GoldEvent {
            Objects.requireNonNull(type, "type");
            first = List.copyOf(first);
            second = List.copyOf(second);
            evidence = List.copyOf(evidence);
        }

        public boolean covers(int begin, int end) {
            return evidence.isEmpty() || evidence.stream().anyMatch(s -> s.begin() < end && begin < s.end());
        }
    }

    /** A name in the text: offsets into the article text, type, and the canonical name of its entity. */
    public record GoldMention(int begin, int end, EntityType type, String entity) {
        public GoldMention {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(entity, "entity");
            if (begin < 0 || end <= begin) {
                throw new IllegalArgumentException("bad mention span [" + begin + "," + end + ") of " + entity);
            }
        }
    }

    /** How a gold relation counts for training. */
    public enum Kind {
        /** stated by the article: a positive example. */
        ASSERTED,
        /** defensible either way: neither positive nor negative. */
        OPTIONAL,
        /** negated, hypothetical or rejected: a negative example. */
        NOT_ASSERTED
    }

    /**
     * A relation between entities by canonical name (a side may accept several names), with the
     * half-open spans of the sentences that state it.
     */
    public record GoldRelation(List<String> subjects, RelationType type, List<String> objects, Kind kind, List<Span> evidence) {
        public GoldRelation {
            subjects = List.copyOf(subjects);
            objects = List.copyOf(objects);
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(kind, "kind");
            evidence = List.copyOf(evidence);
        }

        public boolean covers(int begin, int end) {
            return evidence.isEmpty() || evidence.stream().anyMatch(s -> s.begin() < end && begin < s.end());
        }
    }

    /** A half-open character span. */
    public record Span(int begin, int end) {
        public Span {
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
            }
        }
    }
}
