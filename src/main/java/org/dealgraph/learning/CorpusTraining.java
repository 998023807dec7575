package org.dealgraph.learning;

import org.dealgraph.corpus.AnnotatedArticle;
import org.dealgraph.corpus.Annotation;
import org.dealgraph.corpus.Span;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns articles of the annotated corpus into training articles: offsets move from the annotated
 * document ({@code title + "\n" + text}) to {@link org.dealgraph.article.Article#text()}, relations
 * become positive ({@code relations}), neutral ({@code optional}) and negative
 * ({@code non_relations}) examples. Articles in a language the pipeline does not read are left out.
 */
public final class CorpusTraining {
    private CorpusTraining() {
    }

    /** The training articles of the annotated articles in a bundled language. */
    public static List<TrainingArticle> articles(List<AnnotatedArticle> corpus) {
        return articles(corpus, LanguageProfiles.bundled());
    }

    /** The training articles of the annotated articles in one of these languages. */
    public static List<TrainingArticle> articles(List<AnnotatedArticle> corpus, LanguageProfiles languages) {
        List<TrainingArticle> out = new ArrayList<>();
        for (AnnotatedArticle a : corpus) {
            Optional<Language> lang = languages.language(a.lang());
            if (lang.isEmpty()) {
                continue;
            }
            Annotation ann = a.annotation();
            List<TrainingArticle.GoldMention> mentions = new ArrayList<>();
            for (Annotation.AnnotatedEntity e : ann.entities()) {
                for (Span m : e.mentions()) {
                    mentions.add(new TrainingArticle.GoldMention(articleOffset(a, m.start()), articleOffset(a, m.end()), e.type(), e.name()));
                }
            }
            mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
            List<TrainingArticle.GoldRelation> relations = new ArrayList<>();
            add(a, ann.relations(), TrainingArticle.Kind.ASSERTED, relations);
            add(a, ann.optional(), TrainingArticle.Kind.OPTIONAL, relations);
            add(a, ann.nonRelations(), TrainingArticle.Kind.NOT_ASSERTED, relations);
            List<TrainingArticle.GoldEvent> events = new ArrayList<>();
            for (Annotation.AnnotatedEvent e : ann.events()) {
                Optional<EventType> type = java.util.Arrays.stream(EventType.values()).filter(t -> t.localName().equals(e.type())).findFirst();
                if (type.isEmpty()) {
                    continue;
                }
                List<String> roles = type.get().roles();
                List<String> first = new ArrayList<>();
                List<String> second = new ArrayList<>();
                e.roles().forEach((role, names) -> {
                    for (String n : names) {
                        if (role.equals(roles.get(0))) {
                            first.add(n);
                        }
                        if (role.equals(roles.get(1))) {
                            second.add(n);
                        }
                    }
                });
                List<TrainingArticle.Span> evidence = e.evidence().stream()
                        .map(s -> new TrainingArticle.Span(articleOffset(a, s.start()), articleOffset(a, s.end()))).toList();
                events.add(new TrainingArticle.GoldEvent(type.get(), first, second, evidence));
            }
            out.add(new TrainingArticle(a.article(), lang.get(), mentions, relations, events));
        }
        return out;
    }

    private static void add(AnnotatedArticle a, List<Annotation.AnnotatedRelation> from, TrainingArticle.Kind kind,
                            List<TrainingArticle.GoldRelation> out) {
        for (Annotation.AnnotatedRelation r : from) {
            RelationType type;
            try {
                type = RelationType.fromLocalName(r.predicate());
            } catch (IllegalArgumentException e) {
                continue;
            }
            List<TrainingArticle.Span> evidence = r.evidence().stream()
                    .map(s -> new TrainingArticle.Span(articleOffset(a, s.start()), articleOffset(a, s.end()))).toList();
            out.add(new TrainingArticle.GoldRelation(List.copyOf(r.subjects()), type, List.copyOf(r.objects()), kind, evidence));
        }
    }

    /** The offset into the article text of an offset into the annotated document: the title is followed by one more newline there. */
    static int articleOffset(AnnotatedArticle a, int documentOffset) {
        int title = a.article().title().length();
        return title > 0 && documentOffset > title ? documentOffset + 1 : documentOffset;
    }
}
