package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portfolio written as an acronym right after an office's title names the body the office heads: "BUMN" in "Menteri
 * BUMN Erick Thohir" or "sebagai Menteri BUMN itu" is an organization's name, the ministry's. The offices are the
 * language's {@code office-bodies.tsv} lines whose title ends in the portfolio ({P}) and whose body has the bare
 * portfolio among its forms ("Menteri {P}" with "Kementerian {P}|{P}"); an acronym is a word of two or more capitals,
 * perhaps two joined by "/" or "-" ("ATR/BPN"). Such an acronym no other name covers becomes an organization's mention,
 * as the rules would type it on evidence ({@link MentionFinder#EVIDENCED}); it comes after the trained checks, which
 * drop a word that is mostly no name ("perusahaan BUMN") wherever it stands. Where the gazetteer knows the body by a longer
 * form of the line ("Kementerian BUMN"), the mention is that entry's, so the ministry is one entity however the article
 * writes it. {@code event.OfficeRelationExtractor} then gives the person after the title to it.
 *
 * <p>The source of the rule: in the annotated train and dev splits' Indonesian articles ({@code data/corpus}), an acronym after
 * a minister's title ("Menteri", "Wakil Menteri", "Menko", "Wamen") was annotated as the ministry's mention 54 times of
 * 61 ("BUMN" 16 of 18, "ESDM" 16 of 17, "PU" 8 of 8), and each of the 25 with a person right after gives that person
 * {@code worksFor} the ministry; after "Gubernur" the acronym
 * is a region's ("DKI" 140 times a place), which is why the bare form is the data's to give. Immutable and thread-safe.
 */
public final class OfficePortfolios {
    private static final String ACRONYM = "\\p{Lu}{2,}(?:[/-]\\p{Lu}{2,})?";
    private static final Pattern ACRONYM_WORD = Pattern.compile(ACRONYM);
    private final Map<Language, Pattern> portfolios;
    /** Per language, the longer forms of those offices' bodies ("Kementerian {P}"), which the gazetteer may know. */
    private final Map<Language, List<String>> bodies;
    private final Gazetteer gazetteer;

    private OfficePortfolios(Map<Language, Pattern> portfolios, Map<Language, List<String>> bodies, Gazetteer gazetteer) {
        this.portfolios = Map.copyOf(portfolios);
        this.bodies = Map.copyOf(bodies);
        this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The stage with the office titles of these languages whose bare portfolio names their body, and this gazetteer's bodies. */
    public static OfficePortfolios of(LanguageProfiles languages, Gazetteer gazetteer) {
        Map<Language, Pattern> portfolios = new HashMap<>();
        Map<Language, List<String>> bodies = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            List<String> titles = new ArrayList<>();
            List<String> forms = new ArrayList<>();
            for (String line : p.entries(LanguageProfile.File.OFFICE_BODIES)) {
                String[] f = line.split("\t", -1);
                List<String> named = f.length == 2 ? List.of(f[1].strip().split("\\s*\\|\\s*")) : List.of();
                if (f[0].strip().endsWith(" {P}") && named.contains("{P}")) {
                    String title = f[0].strip();
                    titles.add(Pattern.quote(title.substring(0, title.length() - 4)).replace(" ", "\\E\\s+\\Q"));
                    named.stream().filter(b -> !b.equals("{P}") && !forms.contains(b)).forEach(forms::add);
                }
            }
            bodies.put(l, List.copyOf(forms));
            if (!titles.isEmpty()) {
                titles.sort((a, b) -> b.length() - a.length());
                portfolios.put(l, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", titles) + ")\\s+(" + ACRONYM + ")(?![\\p{L}\\p{N}/-])"));
            }
        }
        return new OfficePortfolios(portfolios, bodies, gazetteer);
    }

    /** Whether a portfolio is written as an acronym ("BUMN", "ATR/BPN"), which a bare {P} body form may name. */
    public static boolean acronym(String portfolio) {
        return ACRONYM_WORD.matcher(portfolio).matches();
    }

    /** The gazetteer's entry of the body the portfolio names in a longer form ("Kementerian BUMN"), or none (""). */
    private String entry(Language language, String portfolio) {
        for (String form : bodies.getOrDefault(language, List.of())) {
            String name = form.replace("{P}", portfolio);
            for (GazetteerEntry e : gazetteer.lookup(name)) {
                if (e.type() == EntityType.ORGANIZATION) {
                    return e.id();
                }
            }
        }
        return "";
    }

    /** The names {@code names} finds, with the acronym portfolios after these titles as organizations' names. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> add(text, names.find(text));
    }

    private List<Mention> add(AnalyzedText text, List<Mention> found) {
        Pattern portfolio = portfolios.get(text.language());
        if (portfolio == null) {
            return found;
        }
        List<Mention> added = new ArrayList<>();
        List<Mention> linked = new ArrayList<>();
        Matcher m = portfolio.matcher(text.text());
        while (m.find()) {
            int begin = m.start(1);
            int end = m.end(1);
            String entry = entry(text.language(), m.group(1));
            if (found.stream().noneMatch(o -> o.begin() < end && o.end() > begin)) {
                added.add(new Mention(begin, end, m.group(1), EntityType.ORGANIZATION, entry, PatternMentionFinder.NAME, MentionFinder.EVIDENCED));
            } else if (!entry.isEmpty()) {
                // the finders' own "BUMN" there, an organization with no entry: the known ministry's
                found.stream().filter(o -> o.begin() == begin && o.end() == end && o.type() == EntityType.ORGANIZATION && o.entryId().isEmpty())
                        .findFirst().ifPresent(o -> {
                            linked.add(o);
                            added.add(new Mention(begin, end, o.text(), o.type(), entry, o.finder(), o.confidence()));
                        });
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        out.removeAll(linked);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(Mention::begin));
        return List.copyOf(out);
    }
}
