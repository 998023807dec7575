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
        String text = analyzed.text();
        for (Entity product : entities) {
            if (product.type() != EntityType.PRODUCT) {
                continue;
            }
            maker(product, entities, text).ifPresent(found -> {
                int sentence = sentenceOf(analyzed, found.mention());
                Relation r = new Relation(product.key(), RelationType.OWNED_BY, found.owner().key(), sentence, NAME,
                        CONFIDENCE, DealStatus.REPORTED);
                out.add(new Finding(Optional.of(r), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                        DealStatus.REPORTED, sentence, NAME, CONFIDENCE));
            });
        }
        return out;
    }

    /** The product's mention that names its maker, and that organization. */
    private record Maker(Mention mention, Entity owner) {
    }

    /** How a product's name or place names its maker, the surest first. */
    private enum Kind {
        /** The product's name opens with the maker's and a space: "Samsung Galaxy S8". */
        OPENS,
        /** The maker's name glued to the front or back of the product's: "GrabPay", "BRIspot", "MyBRI". */
        GLUED,
        /** The maker's name a later whole word or words of the product's: "Kuis Shopee", "Pembiayaan BSM Pensiun". */
        CONTAINS,
        /** The maker named right before the product's name, a space between: "Qualcomm QCC5100", "Sony PSP". */
        BEFORE
    }

    /**
     * The organization that names the product the surest way ({@link Kind}), the longest name of that kind first ("Samsung
     * Electronics X" over "Samsung"; of two as long, the first the article names).
     */
    private static Optional<Maker> maker(Entity product, List<Entity> entities, String text) {
        for (Kind kind : Kind.values()) {
            Maker best = null;
            int bestLength = 0;
            for (Mention m : product.mentions()) {
                String name = m.text().strip();
                for (Entity org : entities) {
                    if (org.type() != EntityType.ORGANIZATION || org.key().equals(product.key())) {
                        continue;
                    }
                    int length = names(kind, name, m, org, text);
                    if (length > bestLength) {
                        best = new Maker(m, org);
                        bestLength = length;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** The length of the organization's longest form that names the product's mention the given way, or 0. */
    private static int names(Kind kind, String name, Mention product, Entity org, String text) {
        int best = 0;
        if (kind == Kind.BEFORE) {
            for (Mention o : org.mentions()) {
                if (o.end() < product.begin() && product.begin() - o.end() <= 2 && text.substring(o.end(), product.begin()).isBlank()
                        && text.substring(o.end(), product.begin()).indexOf('\n') < 0) {
                    best = Math.max(best, o.text().length());
                }
            }
            return best;
        }
        for (String form : forms(org)) {
            if (form.length() < 2 || form.length() <= best || form.equals(name)) {
                continue;
            }
            boolean fits = switch (kind) {
                case OPENS -> name.startsWith(form + " ");
                case GLUED -> form.length() >= 3 && !form.contains(" ") && (glued(name, form) || gluedBehind(name, form));
                case CONTAINS -> name.endsWith(" " + form) || name.contains(" " + form + " ");
                case BEFORE -> false;
            };
            if (fits) {
                best = form.length();
            }
        }
        return best;
    }

    /** "GrabPay", "ShopeePay", "BRIspot", "uberXL": the maker's one-word name, then the rest of the word in another case. */
    private static boolean glued(String name, String form) {
        if (!name.startsWith(form) || name.length() == form.length() || !Character.isLetter(name.charAt(form.length()))) {
            return false;
        }
        char next = name.charAt(form.length());
        boolean capitals = form.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return Character.isUpperCase(next) && !capitals || capitals && Character.isLowerCase(next);
    }

    /** "MyBRI", "MyPertamina": a capitalized word of two letters or more glued before the maker's one-word name. */
    private static boolean gluedBehind(String name, String form) {
        if (!name.endsWith(form) || name.length() - form.length() < 2 || !Character.isUpperCase(form.charAt(0))) {
            return false;
        }
        String front = name.substring(0, name.length() - form.length());
        return front.matches("\\p{Lu}\\p{Ll}+");
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
