package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A product whose name opens with the name of an organization the article names ("Samsung Galaxy S8" where the
 * article names Samsung, "Google Allo", "Honda Super Cub C125") is owned by that organization (GUIDELINES:
 * {@code ownedBy} links a product to its owner). The fact is placed at the sentence of the product's mention so
 * named. Where several organizations' names open the product's, the longest wins ("Samsung Electronics X" over
 * "Samsung").
 *
 * <p>The source of the rule: on four fifths of the annotated train split ({@code tools/corpus/fold.py --seed 7}), of
 * the products named with the name of another organization of the same article first, the annotators gave
 * {@code ownedBy} that organization to 95, marked 22 defensible either way ({@code optional}) and left 4 without
 * (English 15 / 2 / 2, Indonesian 80 / 20 / 2). An organization named so ("BBC One", "Huawei Indonesia") is left
 * alone: there the annotators gave {@code ownedBy} to 32 of 88.
 *
 * <p>Immutable and thread-safe; language-independent (names only).
 */
public final class MakerNameRelationExtractor implements RelationExtractor {
    static final String NAME = "maker-name";
    /** The confidence of a fact of this rule: its precision on the split above, about 0.96. */
    static final double CONFIDENCE = 0.95;

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities) {
        List<Finding> out = new ArrayList<>();
        for (Entity product : entities) {
            if (product.type() != EntityType.PRODUCT) {
                continue;
            }
            maker(product, entities).ifPresent(found -> {
                int sentence = sentenceOf(analyzed, found.mention());
                Relation r = new Relation(product.key(), RelationType.OWNED_BY, found.owner().key(), sentence, NAME,
                        CONFIDENCE, DealStatus.REPORTED);
                out.add(Finding.of(r));
            });
        }
        return out;
    }

    /** The product's mention that opens with an organization's name, and that organization. */
    private record Maker(Mention mention, Entity owner) {
    }

    /** The organization whose name (as any of its mentions writes it) opens one of the product's mentions; the longest name wins. */
    private static Optional<Maker> maker(Entity product, List<Entity> entities) {
        Maker best = null;
        int bestLength = 0;
        for (Mention m : product.mentions()) {
            String name = m.text().strip();
            for (Entity org : entities) {
                if (org.type() != EntityType.ORGANIZATION || org.key().equals(product.key())) {
                    continue;
                }
                for (String form : forms(org)) {
                    if (form.length() >= 2 && form.length() > bestLength && name.startsWith(form + " ")) {
                        best = new Maker(m, org);
                        bestLength = form.length();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How the article writes the organization: its name and each mention's text. */
    private static List<String> forms(Entity org) {
        List<String> forms = new ArrayList<>();
        forms.add(org.name().strip());
        for (Mention m : org.mentions()) {
            forms.add(m.text().strip());
        }
        return forms;
    }

    /** The index of the sentence that holds {@code m}, or 0 where none does. */
    private static int sentenceOf(AnalyzedText analyzed, Mention m) {
        for (Sentence s : analyzed.sentences()) {
            if (m.begin() >= s.begin() && m.end() <= s.end()) {
                return s.index();
            }
        }
        return 0;
    }
}
