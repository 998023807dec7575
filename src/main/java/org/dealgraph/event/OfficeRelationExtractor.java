package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who heads a body from the title of their office: a person right after "Menteri
 * Keuangan", "Gubernur DKI Jakarta" or "Energy Secretary" works for "Kementerian Keuangan",
 * "Pemprov DKI" or "Energy Department" where the article names that body (as an organization,
 * anywhere in it). A title alone names no body (the corpus's MANUAL), so without the body's name
 * in the article nothing is found. The titles and the bodies' names are language data
 * ({@code office-bodies.tsv}); {P} stands for the portfolio or region, one to six capitalized
 * words (with the language's connectors between them), and the body may be named with all of them
 * or with its first words. {p} is a portfolio glued to the title's short form: its small letters,
 * then perhaps capitalized words ("Menhub" and "Kemenhub", "Kapolri" and "Polri", "Pangdam V
 * Brawijaya" and "Kodam V Brawijaya"). An acronym in brackets may stand between the title and the
 * person ("Menteri Perhubungan (Menhub) Dudy Purwagandhi"). A body the gazetteer knows is named by any of its entry's
 * names too: "Menteri Keuangan X" works for the article's "Kemenkeu", whose entry is "Kementerian Keuangan". A bare
 * {P} among the forms names the body by the portfolio itself, where that is an acronym ("Menteri BUMN X" works for the
 * article's "BUMN", which {@code mention.OfficePortfolios} finds there), after the longer forms.
 *
 * <p>Why: in the corpus's train split, 65 Indonesian worksFor relations (of 1,071) and 8 English
 * ones are stated so, the body named only elsewhere in the article. Immutable and thread-safe.
 */
public final class OfficeRelationExtractor implements RelationExtractor {
    static final String NAME = "office";
    private static final double CONFIDENCE = 0.75;
    /** How far before a person's name the title may start. */
    private static final int REACH = 90;
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";

    /**
     * A title as a pattern that ends right before the person, whether it has a portfolio ({P} or {p}), whether that is
     * glued ({p}), and the forms of its body's name.
     */
    private record Office(Pattern title, boolean portfolio, boolean glued, List<String> bodies) {
    }

    private final Map<Language, List<Office>> offices;
    /** Per language, a word of an office held no longer right before the title ({@code former.txt}: "Mantan Menhub X"). */
    private final Map<Language, Pattern> former;
    /** The gazetteer whose entries' names and aliases name the article's bodies it found. */
    private final org.dealgraph.mention.Gazetteer gazetteer;

    /** The extractor with the bundled language data and gazetteer. */
    public OfficeRelationExtractor() {
        this(LanguageProfiles.bundled());
    }

    /** The extractor with these languages' data and the bundled gazetteer. */
    public OfficeRelationExtractor(LanguageProfiles profiles) {
        this(profiles, org.dealgraph.mention.Gazetteer.bundled());
    }

    /** The extractor with these languages' data, a body found by {@code gazetteer} named by its entry's names as well. */
    public OfficeRelationExtractor(LanguageProfiles profiles, org.dealgraph.mention.Gazetteer gazetteer) {
        this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
        this.offices = profiles.perLanguage(OfficeRelationExtractor::offices);
        this.former = profiles.perLanguage(p -> Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])" + p.alternation(LanguageProfile.File.FORMER)
                + "[\\s,]*$"));
    }

    private static List<Office> offices(LanguageProfile p) {
        String connectors = p.alternation(LanguageProfile.File.NAME_CONNECTORS) + "|" + p.alternation(LanguageProfile.File.COORDINATORS);
        String portfolio = "(?<p>" + WORD + "(?:\\s+(?:(?:" + connectors + ")\\s+)?" + WORD + "){0,5})";
        String glued = "(?<p>\\p{Ll}+(?:\\s+(?:(?:" + connectors + ")\\s+)?" + WORD + "){0,5})";
        List<Office> out = new ArrayList<>();
        List<String> lines = p.entries(LanguageProfile.File.OFFICE_BODIES);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] f = line.split("\t", -1);
            String where = p.where(LanguageProfile.File.OFFICE_BODIES, i) + ": ";
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new org.dealgraph.DealGraphException(where + "a line holds a title and a body, tab-separated, neither empty: '"
                        + line + "'");
            }
            String titleText = f[0].strip();
            boolean glue = titleText.contains("{p}");
            if (glue) {
                // "Men{p}": the portfolio's small letters right after the title's short form, then perhaps capitalized words
                if (!titleText.matches("\\p{L}+\\{p}") || f[1].contains("{P}")) {
                    throw new org.dealgraph.DealGraphException(where + "a title with {p} is one word glued to it ('Men{p}'), its body"
                            + " forms with {p} only: '" + line + "'");
                }
                titleText = titleText.replace("{p}", "{P}");
                f[1] = f[1].replace("{p}", "{P}");
            }
            int slots = titleText.split("\\{P\\}", -1).length - 1;
            if (slots > 1 || titleText.replace("{P}", "").isBlank()) {
                throw new org.dealgraph.DealGraphException(where + "a title holds words and at most one {P}: '" + titleText + "'");
            }
            List<String> forms = List.of(f[1].strip().split("\\s*\\|\\s*", -1));
            for (String form : forms) {
                if (form.isBlank() || form.contains("{P}") && slots == 0) {
                    throw new org.dealgraph.DealGraphException(where + "each form of the body is a name, with {P} only where the title has it: '"
                            + f[1].strip() + "'");
                }
            }
            if ((titleText + " " + f[1]).replace("{P}", "").matches("(?s).*\\{[^}]*}.*")) {
                throw new org.dealgraph.DealGraphException(where + "{P} is the only placeholder: '" + line + "'");
            }
            String title = java.util.Arrays.stream(titleText.split("\\{P\\}", -1)).map(part -> part.isEmpty() ? "" :
                    Pattern.quote(part).replace(" ", "\\E\\s+\\Q")).reduce((a, b) -> a + (glue ? glued : portfolio) + b).orElse("");
            // the title ends the text before the person, an acronym in brackets or a comma between them allowed
            out.add(new Office(Pattern.compile("(?<![\\p{L}])" + title + "(?:\\s*\\(\\p{Lu}[\\p{L}]*\\))?\\s*,?\\s*$"),
                    slots == 1, glue, forms));
        }
        return List.copyOf(out);
    }

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities) {
        List<Office> mine = offices.getOrDefault(analyzed.language(), List.of());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<String, Entity> bodies = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION) {
                bodies.putIfAbsent(normal(e.name()), e);
                e.mentions().forEach(m -> bodies.putIfAbsent(normal(m.text()), e));
            }
        }
        // then the names of the gazetteer's entries the article's bodies were found as ("Kemenkeu": "Kementerian Keuangan")
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION) {
                e.mentions().stream().map(Mention::entryId).filter(id -> !id.isEmpty()).distinct()
                        .flatMap(id -> gazetteer.entry(id).stream()).forEach(entry -> {
                            bodies.putIfAbsent(normal(entry.name()), e);
                            entry.aliases().forEach(alias -> bodies.putIfAbsent(normal(alias), e));
                        });
            }
        }
        if (bodies.isEmpty()) {
            return List.of();
        }
        String text = analyzed.text();
        EntityIndex index = EntityIndex.of(entities);
        List<Finding> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            for (Mention m : index.mentions()) {
                if (m.begin() < s.begin() || m.end() > s.end() || index.owner(m).type() != EntityType.PERSON) {
                    continue;
                }
                String before = text.substring(Math.max(s.begin(), m.begin() - REACH), m.begin());
                Pattern past = former.get(analyzed.language());
                for (Office o : mine) {
                    Optional<Entity> body = body(o, before, bodies, past);
                    if (body.isPresent()) {
                        Entity person = index.owner(m);
                        out.add(new Finding(Optional.of(new Relation(person.key(), RelationType.WORKS_FOR, body.get().key(), s.index(),
                                NAME, CONFIDENCE, DealStatus.REPORTED)), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                                DealStatus.REPORTED, s.index(), NAME, CONFIDENCE));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The article's body the title before a person names: its whole portfolio first, then fewer of its first words; none
     * after a word of an office held no longer.
     */
    private static Optional<Entity> body(Office o, String before, Map<String, Entity> bodies, Pattern past) {
        Matcher t = o.title().matcher(before);
        // the title nearest the person: "Mendikbud X dan Menhub Y" names Y's office in "Menhub", not in the first title
        int at = -1;
        while (t.find(at + 1)) {
            at = t.start();
        }
        if (at < 0 || !t.find(at) || past.matcher(before.substring(0, at)).find()) {
            return Optional.empty(); // no title, or one held no longer ("Mantan Menhub X")
        }
        List<String> words = new ArrayList<>();
        boolean portfolio = o.portfolio();
        if (portfolio) {
            words.addAll(List.of(t.group("p").strip().split("\\s+")));
        }
        for (int n = words.size(); n >= (portfolio ? 1 : 0); n--) {
            String p = String.join(" ", words.subList(0, n));
            if (portfolio && !Character.isUpperCase(words.get(n - 1).charAt(0)) && !(o.glued() && n == 1)) {
                continue; // "Menteri Koperasi dan" is no portfolio
            }
            for (String form : o.bodies()) {
                if (form.equals("{P}") && !o.glued() && !org.dealgraph.mention.OfficePortfolios.acronym(p)) {
                    continue; // the bare portfolio names the body only as an acronym ("Menteri BUMN X"; mention.OfficePortfolios)
                }
                Entity e = bodies.get(normal(form.replace("{P}", p)));
                if (e != null) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** A body's name as compared: an acronym in brackets left out ("Pemerintah Provinsi (Pemprov) DKI Jakarta"), spaces one, lower case. */
    private static String normal(String name) {
        return name.replaceAll("\\s*\\(\\p{Lu}[\\p{L}]*\\)", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
