package org.dealgraph.event;

import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cue lexicon's matches in one article, sentence by sentence, computed at most once per
 * sentence and shared by every stage that reads them (the cue extractor's frames, the
 * classifiers' features, the trigger stage's clause seams), so that one extraction finds each sentence's triggers once (by the
 * extractor's {@link org.dealgraph.event.trigger.TriggerFinder}). Matching the lexicon was the
 * largest cost of the relation stages: on 800 Indonesian and 800 English corpus articles it took
 * about a quarter of the extraction time, and the classifiers matched it a second time; since the
 * trigger finder looks the sentence's words up before running a cue's regex, it is a few percent
 * (see README, Benchmarks).
 *
 * <p>A scan belongs to one extraction of one article: it fills itself on first request of a
 * sentence and is not thread-safe. Stages stay stateless: they receive the scan as an argument
 * ({@link CueScanExtractor}) and never keep it.
 */
public final class CueScan {
    /** What a sentence holds: its cue matches in lexicon order, and its modalities ({@link CueRelationExtractor#modalities}). */
    record SentenceCues(List<Trigger> matches, List<CueRelationExtractor.CueHit> hits, List<String> modalities) {
        SentenceCues {
            matches = List.copyOf(matches);
            hits = List.copyOf(hits);
            modalities = List.copyOf(modalities);
        }
    }

    private final CueRelationExtractor lexicon;
    private final AnalyzedText analyzed;
    private final SentenceCues[] sentences;

    CueScan(CueRelationExtractor lexicon, AnalyzedText analyzed) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.analyzed = Objects.requireNonNull(analyzed, "analyzed");
        this.sentences = new SentenceCues[analyzed.sentences().size()];
    }

    /** The article this scan reads. */
    public AnalyzedText analyzed() {
        return analyzed;
    }

    /** Whether the scan was made by this lexicon for this article (the same objects, not equal ones). */
    boolean reads(CueRelationExtractor by, AnalyzedText text) {
        return lexicon == by.one(text.language()) && analyzed == text;
    }

    /** The reference words of a sentence of this article, in the article's language ({@link CueRelationExtractor#references}). */
    List<CueRelationExtractor.Reference> references(Sentence s) {
        return lexicon.references(s.text());
    }

    /** The cue hits of a sentence of this article, as {@link CueRelationExtractor#hits} gives them. */
    public List<CueRelationExtractor.CueHit> hits(Sentence s) {
        return of(s).hits();
    }

    /** The modalities of a sentence of this article, as {@link CueRelationExtractor#modalities} gives them. */
    public List<String> modalities(Sentence s) {
        return of(s).modalities();
    }

    SentenceCues of(Sentence s) {
        if (s.index() < 0 || s.index() >= sentences.length || analyzed.sentences().get(s.index()) != s) {
            throw new IllegalArgumentException("sentence " + s.index() + " is not a sentence of article " + analyzed.article().id());
        }
        SentenceCues c = sentences[s.index()];
        if (c == null) {
            List<Trigger> matches = lexicon.match(analyzed.language(), s);
            List<CueRelationExtractor.CueHit> hits = new ArrayList<>(matches.size());
            for (Trigger m : matches) {
                hits.add(new CueRelationExtractor.CueHit(m.cue().label(), m.begin(), m.end()));
            }
            c = new SentenceCues(matches, hits, CueRelationExtractor.modalities(s.text()));
            sentences[s.index()] = c;
        }
        return c;
    }
}
