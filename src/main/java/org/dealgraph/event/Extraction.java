package org.dealgraph.event;

import org.dealgraph.article.ArticleProblem;
import org.dealgraph.entity.Entity;
import org.dealgraph.text.AnalyzedText;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: the analyzed text, its entities, relations, events and
 * the money amounts that were found in deal context; and {@code extractor}, the fingerprint of
 * the pipeline that extracted it (stored with the article, so that a changed extractor is seen);
 * {@code warnings}, what the pipeline doubted of the article without refusing it (a given language its text does not
 * read as), each named by the article's id. A batch ({@code extract}, {@code ingest}) logs them named by file and line.
 */
public record Extraction(AnalyzedText text, List<Entity> entities, List<Relation> relations, List<Event> events,
                         List<Amount> amounts, String extractor, List<ArticleProblem> warnings) {
    public Extraction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extractor, "extractor");
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        amounts = List.copyOf(amounts);
        warnings = List.copyOf(warnings);
    }

    /** An extraction with no warnings. */
    public Extraction(AnalyzedText text, List<Entity> entities, List<Relation> relations, List<Event> events,
                      List<Amount> amounts, String extractor) {
        this(text, entities, relations, events, amounts, extractor, List.of());
    }
}
