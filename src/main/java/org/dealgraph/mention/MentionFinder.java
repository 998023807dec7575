package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds names in an analyzed article. Implementations are immutable and thread-safe and keep no
 * state between calls.
 *
 * <pre>{@code
 * MentionFinder finder = MentionFinder.all(new GazetteerMentionFinder(gazetteer), new PatternMentionFinder(gazetteer));
 * List<Mention> mentions = finder.find(analyzed);
 * }</pre>
 */
@FunctionalInterface
public interface MentionFinder {
    List<Mention> find(AnalyzedText text);

    /** The confidence the rules give a name they found on no evidence but its capitals (PatternMentionFinder). */
    double UNSUPPORTED = 0.5;

    /**
     * The confidence of a rule's organization typed on evidence of its own, not of its neighbours: a legal form, a
     * government body's word, a descriptor in apposition ("Audius, sebuah platform streaming musik", {@link
     * PatternMentionFinder}); a trained name finder does not make such an organization a person ({@link #combining}).
     */
    double EVIDENCED = 0.8;

    /** Whether the rules ({@link PatternMentionFinder}) typed this mention an organization on evidence of its own ({@link #EVIDENCED}). */
    static boolean evidencedOrganization(Mention m) {
        return m.type() == EntityType.ORGANIZATION && m.finder().equals(PatternMentionFinder.NAME) && m.confidence() >= EVIDENCED;
    }

    /** An acronym: two to six capitals ("APBN", "OLED"), which names a thing as often as a body. */
    java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,6}");

    /**
     * The mentions {@code found} with {@code replacements} in place of every mention they overlap, sorted by offset: how
     * the stages that extend a name ({@link PlaceDirections}, {@link CoordinatedModifiers}, {@link TrailingLegalForms})
     * put the longer name in.
     */
    static List<Mention> replacing(List<Mention> found, List<Mention> replacements) {
        if (replacements.isEmpty()) {
            return found;
        }
        List<Mention> out = new java.util.ArrayList<>(replacements);
        for (Mention m : found) {
            if (replacements.stream().noneMatch(m::overlaps)) {
                out.add(m);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::begin));
        return List.copyOf(out);
    }

    /**
     * The names {@code names} finds, none overlapping another: of two that overlap, the longer stays (of equals, the first).
     * Sorted by offset. The stages after the finders may each add or widen a name; two that overlap ("LLoyds, Samuel Montagu
     * and Co Ltd" and "Co Ltd, Morgan Grenfell and Co Ltd" of one wire list) had made the relation stages read the text
     * between them backwards and fail the whole article (found on the corpus's reuters-2031 by `bench`).
     */
    static MentionFinder withoutOverlaps(MentionFinder names) {
        return text -> {
            List<Mention> found = new ArrayList<>(names.find(text));
            found.sort(java.util.Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::begin));
            List<Mention> kept = new ArrayList<>();
            for (Mention m : found) {
                if (kept.stream().noneMatch(m::overlaps)) {
                    kept.add(m);
                }
            }
            kept.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
            return kept;
        };
    }

    /**
     * All finders' mentions, overlaps resolved: the longer span wins, then a gazetteer match over a
     * rule match, then the higher confidence. The result is sorted by offset.
     */
    static MentionFinder all(MentionFinder... finders) {
        List<MentionFinder> list = List.of(finders);
        return text -> {
            List<Mention> candidates = new ArrayList<>();
            for (MentionFinder f : list) {
                candidates.addAll(f.find(text));
            }
            // the longer name wins ("Sumitomo Mitsui Financial" over the known "Sumitomo Mitsui"), then a known one
            candidates.sort(Comparator.comparingInt(Mention::length).reversed()
                    .thenComparing((Mention m) -> m.entryId().isEmpty())
                    .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                    .thenComparingInt(Mention::begin));
            List<Mention> kept = new ArrayList<>();
            for (Mention m : candidates) {
                if (kept.stream().noneMatch(m::overlaps)) {
                    kept.add(m);
                }
            }
            kept.sort(Comparator.comparingInt(Mention::begin));
            return List.copyOf(kept);
        };
    }

    /**
     * The names {@code first} finds, and those of {@code gaps} where {@code first} found nothing
     * that overlaps them: a trained name finder adds the names the gazetteer and the rules miss
     * without changing those they find (whose spans and types the rule-based relation extraction
     * relies on). The result is sorted by offset.
     */
    static MentionFinder filling(MentionFinder first, MentionFinder gaps) {
        return text -> {
            List<Mention> found = new ArrayList<>(first.find(text));
            for (Mention m : gaps.find(text)) {
                if (found.stream().noneMatch(m::overlaps)) {
                    found.add(m);
                }
            }
            found.sort(Comparator.comparingInt(Mention::begin));
            return List.copyOf(found);
        };
    }

    /** A capitalized word right at the start of the text, after spaces: a run of names goes on. */
    java.util.regex.Pattern CAPITALIZED_NEXT = java.util.regex.Pattern.compile("[ \\t]+\\p{Lu}");

    /**
     * An acronym in brackets right after a company's name, perhaps after the period of its legal form: "PT Wijaya Karsa Bangun
     * Tbk (WKBN)", "PT Keramik Sinar Jaya Tbk. (KSJA)".
     */
    java.util.regex.Pattern BRACKETED_ACRONYM = java.util.regex.Pattern.compile("\\.?\\s*\\(\\s*(\\p{Lu}{2,6})\\s*\\)");

    /**
     * The acronyms {@code text} defines as a company's other name, its ticker, in brackets right after one of {@code names}
     * that {@code whole} holds to be one name (one with a legal form: "PT Wijaya Karsa Bangun Tbk (WKBN)"): there, and
     * wherever the article writes them again ("Direktur Utama WKBN, Yudi Hartanto"), they name that company, on the
     * article's own evidence (a fresh-user tester's finding: the verifying policy dropped them where the model found no
     * name, and the company's relations with them). An acronym after a name of no legal form is no evidence: on a
     * held-out fifth of the train split most were a program's or a rule's ("Domestic Market Obligation (DMO)").
     */
    private static Set<String> definedAcronyms(String text, List<Mention> names, java.util.function.Predicate<Mention> whole) {
        Set<String> defined = new java.util.HashSet<>();
        for (Mention n : names) {
            if (n.type() != EntityType.ORGANIZATION || !whole.test(n) || ACRONYM.matcher(n.text().strip()).matches()) {
                continue;
            }
            java.util.regex.Matcher a = BRACKETED_ACRONYM.matcher(text).region(n.end(), text.length());
            if (a.lookingAt()) {
                defined.add(a.group(1));
            }
        }
        return defined;
    }

    /**
     * The names of the gazetteer ({@code listed}) and the rules combined as {@link #all} does, and a
     * trained model's names combined with them by {@code policy}: the gazetteer's names stay, but for a
     * place inside a longer name the model finds of another type, which gives way to it under every policy
     * but FILL ("Real Madrid", "Persija Jakarta", "Stephen Toulouse");
     * the model's names of probability at least {@code minimum} fill the gaps, and, by policy, retype
     * or replace the rules' names they overlap ({@link NamePolicy}). Under every policy but FILL, a
     * model's name that holds one of the rules' names and reads on past it replaces it ("Surface Book
     * 2" where the rules cut "Surface Book", "Panasonic Eluga C"); and
     * where the model's names lie inside one name of the rules, shorter than it, the model's names
     * replace it: the rules ran a title, an organization and a person together ("Direktur Utama
     * Transjakarta Welfizon Yuza", "Pelatih Persebaya Iwan Setiawan", "Universitas Indonesia
     * Rofikoh Rokhim"), the model tells them apart (but see the overload that keeps a name whole on the
     * rules' own evidence). The result is sorted by offset and holds no overlapping names.
     *
     * <pre>{@code
     * MentionFinder names = MentionFinder.combining(gazetteerFinder, patternFinder, nameFinder, lang -> NamePolicy.RETYPE, 0.5);
     * }</pre>
     *
     * @param model   the trained finder, asked once per article; its mentions' confidences are the
     *                model's probabilities
     * @param policy  the policy of the article's language
     * @param minimum the probability below which a model's name takes no part, except to confirm a
     *                rule's name under {@link NamePolicy#CONFIRM}
     */
    static MentionFinder combining(MentionFinder listed, MentionFinder rules, MentionFinder model,
                                   java.util.function.Function<org.dealgraph.text.Language, NamePolicy> policy, double minimum) {
        return combining(listed, rules, model, policy, minimum, m -> false, RunWords.NONE);
    }

    /**
     * As {@link #combining(MentionFinder, MentionFinder, MentionFinder, java.util.function.Function, double)}, but a
     * rule's name is kept whole, not replaced by the model's names inside it, where the rules' own evidence makes it
     * one name:
     * <ul>
     *   <li>{@code whole} holds it to be one name (one with a legal form: "PT Harmoni Abadi");</li>
     *   <li>where the model finds one name inside it:
     *     <ul>
     *       <li>that name is a place ("Apersi Jatim", "BI Malang": a body and its region);</li>
     *       <li>the run holds a small word that joins names ("Department of Work and Pensions", "Kementerian
     *           Komunikasi dan Informasi");</li>
     *       <li>it is a person's name of which the model found the first words only ("Johanes W. Edward"), or the words
     *           after the person's initials ("A. Rahman Siregar"), or a name that ends in an initial ("J. R" of "J. R.
     *           Ellison");</li>
     *       <li>all that follows the model's name in the run is common words or numerals (digits, Roman numerals),
     *           which continue a name ("Grey Global", "Zentara Networks", "Sritex Tahap III");</li>
     *       <li>the model's name, no person's, ends the run, and the run opens with a word that opens names ("Bank
     *           Sentral Eropa" where the model found "Sentral Eropa"), or all before it are capitalized words of no
     *           title, honorific or common word, in a language whose names' modifiers stand before their head
     *           ({@link RunWords#modifiersBefore}: "Activision Blizzard" where the model found "Blizzard"; not
     *           "Direktur Utama Transjakarta", nor Indonesian "Komisi D DPRD").</li>
     *     </ul>
     *   </li>
     * </ul>
     * The words are {@code words}' ({@link RunWords}).
     * Why one name is enough: on a held-out fifth of the train split, with two needed, 54 of the Indonesian
     * {@code worksFor} relations whose two parties were both found were lost, many to a title, an organization and
     * a person run together, of which the model found the person or the organization alone (README, Quality).
     */
    static MentionFinder combining(MentionFinder listed, MentionFinder rules, MentionFinder model,
                                   java.util.function.Function<org.dealgraph.text.Language, NamePolicy> policy, double minimum,
                                   java.util.function.Predicate<Mention> whole, RunWords words) {
        MentionFinder both = all(listed, rules);
        return text -> {
            NamePolicy p = policy.apply(text.language());
            List<Mention> base = both.find(text);
            List<Mention> predicted = joinedAtHyphens(text.text(), model.find(text));
            // a word that opens names is no name alone ("Bank" of "Bank Muamalat", "Yayasan"), nor is a post's title ("Calloway's
            // CFO, Daniel Reyes": a tester's finding)
            // nor is a company, its officer's title and the officer run together ("Dolcevia Chairwoman Margherita Bellandi": a
            // fresh-user tester's finding; the rules' names stand there)
            // (the company before the title and the officer after it stand as the model's names: "Dolcevia" and "Margherita Bellandi")
            List<Mention> confident = predicted.stream().flatMap(m -> aroundTitle(m, words)).filter(m -> m.confidence() >= minimum
                    && !words.opener(m.text().strip()) && !words.titleOnly(m.text())).toList();
            Set<String> defined = definedAcronyms(text.text(), base, whole);
            List<Mention> found = new ArrayList<>();
            java.util.Map<Integer, Mention> surnamed = new java.util.HashMap<>();
            for (Mention m : base) {
                boolean listedName = !m.entryId().isEmpty();
                if (listedName && p != NamePolicy.FILL && m.type() == EntityType.PLACE && confident.stream().anyMatch(x ->
                        x.type() != EntityType.PLACE && x.begin() <= m.begin() && x.end() >= m.end() && x.length() > m.length())) {
                    continue; // "Real Madrid", "Persija Jakarta", "Stephen Toulouse": a known place inside the model's longer name of a club, a person
                }
                if (listedName && p != NamePolicy.FILL && m.type() == EntityType.ORGANIZATION && confident.stream().anyMatch(x ->
                        x.type() == EntityType.PRODUCT && x.begin() == m.begin() && x.end() > m.end())) {
                    continue; // "Google Pixel 2", "Microsoft Lumia 950": a known company's name opening the model's longer product name
                }
                if (listedName && p != NamePolicy.FILL && m.type() == EntityType.ORGANIZATION
                        && confident.stream().anyMatch(x -> longerCompany(text.text(), m, x, base, words))) {
                    continue; // "Siemens Energy", "Tata Consumer Products": the model's longer company name stands
                }
                if (listedName && p != NamePolicy.FILL && m.type() == EntityType.ORGANIZATION && surnameOf(text.text(), m, confident, words)) {
                    continue; // "Susan Ford", "Mark Shell": a known company's one word as the surname of the model's person
                }
                if (listedName || p == NamePolicy.FILL) {
                    found.add(m);
                    continue;
                }
                if ((p == NamePolicy.CONFIRM || p == NamePolicy.VERIFY && m.confidence() <= UNSUPPORTED
                        && (m.text().strip().indexOf(' ') > 0 || ACRONYM.matcher(m.text()).matches() && !defined.contains(m.text().strip())))
                        && predicted.stream().noneMatch(m::overlaps)) {
                    continue;
                }
                List<Mention> over = confident.stream().filter(m::overlaps).toList();
                // ... but not where all it reads more is an honorific before the name ("Iptu Sardono"): the rules' name stands
                if (over.size() == 1 && over.get(0).begin() <= m.begin() && over.get(0).end() >= m.end()
                        && over.get(0).length() > m.length() && !whole.test(m) && !listJoined(text.text(), m, over.get(0), base, words)
                        && !(over.get(0).end() == m.end() && words.honorificsOnly(text.text().substring(over.get(0).begin(), m.begin())))) {
                    continue; // the model reads on past the rules' cut name ("Surface Book 2", "Panasonic Eluga C"): its name stands
                }
                if (cutAtSpace(text.text(), m, over, words)) {
                    found.add(new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, m.entryId(), m.finder(), m.confidence()));
                    continue; // "Kelana" and "Digital" of "Kelana Digital": the model cut one company's name in two
                }
                if (!over.isEmpty() && over.stream().allMatch(x -> x.begin() >= m.begin() && x.end() <= m.end() && x.length() < m.length())
                        && !whole.test(m) && (over.size() >= 2 || !oneName(m, over.get(0), words, text.language()))
                        && !headedCut(text, m, over, words)) {
                    if (over.size() == 1) {
                        employerBefore(m, over.get(0), java.util.stream.Stream.concat(base.stream(), confident.stream()).toList())
                                .or(() -> employerAfterTitle(text.text(), m, over.get(0), base, words))
                                .ifPresent(found::add);
                    }
                    surnameAfter(text.text(), m, over, words).ifPresent(x -> surnamed.put(x.begin(), x));
                    continue; // the model splits the rules' run ("Transjakarta" and "Welfizon Yuza"): its names stand
                }
                if (p == NamePolicy.RETYPE || p == NamePolicy.VERIFY) {
                    // ... but an organization the rules typed on evidence of its own (a legal form, a descriptor in apposition) or
                    // that ends in a company's name head ("Northwind Aviation", "Halberd Financial") is no person for the model:
                    // "Audius, sebuah platform streaming musik"
                    found.add(over.stream().filter(x -> x.begin() == m.begin() && x.end() == m.end())
                            .filter(x -> !(x.type() == EntityType.PERSON && (evidencedOrganization(m) || words.headed(m.text()))))
                            .findFirst()
                            .map(x -> new Mention(m.begin(), m.end(), m.text(), x.type(), m.entryId(), m.finder(), m.confidence()))
                            .orElse(m));
                } else if (over.isEmpty()) {
                    found.add(m);
                }
            }
            for (Mention m : confident) {
                Mention read = surnamed.getOrDefault(m.begin(), m);
                if (found.stream().noneMatch(read::overlaps)) {
                    found.add(read);
                }
            }
            found.sort(Comparator.comparingInt(Mention::begin));
            return List.copyOf(found);
        };
    }

    /**
     * Whether the model's one name {@code over} inside the rules' run {@code run}, which ends in a company's name head ({@link
     * RunWords#headed}), is that company's name cut short at its front or its end: an organization's name that opens or ends
     * the run ("Glass Holdings" of "Harvest Glass Holdings": a fresh-user tester's finding), where the words it leaves out are
     * neither a title nor an honorific ("Menteri Perhubungan Budi Karya") nor a capitalized common word that opens the
     * sentence ("Troubled Evergrande Group", "Former Lehman Brothers Holdings": a verifier's findings). Then the rules' name
     * stands.
     */
    private static boolean headedCut(org.dealgraph.text.AnalyzedText text, Mention run, List<Mention> over, RunWords words) {
        if (over.size() != 1 || !words.headed(run.text()) || over.get(0).type() != EntityType.ORGANIZATION) {
            return false;
        }
        Mention x = over.get(0);
        if (x.begin() != run.begin() && x.end() != run.end()) {
            return false;
        }
        String left = x.begin() == run.begin() ? text.text().substring(x.end(), run.end())
                : text.text().substring(run.begin(), x.begin());
        String[] w = left.strip().split("\\s+");
        boolean opensSentence = text.sentences().stream().anyMatch(s -> s.begin() == run.begin());
        return !words.titleOnly(left) && java.util.Arrays.stream(w).noneMatch(words::honorificsOnly)
                && !(opensSentence && x.begin() != run.begin() && words.common(w[0]));
    }

    /**
     * Whether the model's names {@code over} are the rules' name {@code run} cut in two at a space: two names, the first, no
     * place ("U.S. Interstate Commerce Commission" is a place and a body), opening the run and the second, an organization,
     * ending it, nothing but white space between them, and the run ending
     * in a company's name head ({@link RunWords#headed}: "Kelana Digital" where the model found the person "Kelana" and the
     * organization "Digital"; "Joko Widodo Foundation").
     */
    private static boolean cutAtSpace(String text, Mention run, List<Mention> over, RunWords words) {
        if (over.size() != 2 || !words.headed(run.text())) {
            return false;
        }
        Mention a = over.get(0).begin() < over.get(1).begin() ? over.get(0) : over.get(1);
        Mention b = a == over.get(0) ? over.get(1) : over.get(0);
        return b.type() == EntityType.ORGANIZATION && a.type() != EntityType.PLACE && a.begin() == run.begin()
                && b.end() == run.end() && a.end() < b.begin() && text.substring(a.end(), b.begin()).isBlank();
    }

    /**
     * Whether the model's name {@code joined} runs the rules' name {@code m} and another of the rules' or the gazetteer's
     * names together as one, where they are two members of a list ("Brindle Health and Halvorsen Energy", "Halvorsen
     * Energy and Pertamina"): both stand inside it, only a coordinator between them (and perhaps a capitalized word or two the
     * rules left out of the second), and the first ends in a company's
     * name head (see {@link RunWords}); then the rules' names stand. A name the coordinator joins that ends in no head
     * is one name ("Kementerian Komunikasi dan Informasi", "Ernst and Young").
     */
    /** One or two capitalized words at the end of a gap, right before a name. */
    java.util.regex.Pattern OPENING_WORDS = java.util.regex.Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}$");

    private static boolean listJoined(String text, Mention m, Mention joined, List<Mention> base, RunWords words) {
        for (Mention o : base) {
            if (o == m || o.overlaps(m) || o.begin() < joined.begin() || o.end() > joined.end()) {
                continue;
            }
            Mention first = o.begin() < m.begin() ? o : m;
            Mention second = first == o ? m : o;
            String gap = text.substring(first.end(), second.begin());
            // the rules may have left out a capitalized word that opens the second name ("Lux Capital and General Catalyst", where
            // the rules read "Catalyst"; a fresh-user tester's finding: the model's one name of both had invested)
            java.util.regex.Matcher dropped = OPENING_WORDS.matcher(gap);
            if (words.headed(first.text()) && (words.listGap(gap) || dropped.find() && words.listGap(gap.substring(0, dropped.start())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the model's name {@code x} is a longer company name that the gazetteer's {@code listed} opens ("Siemens Energy",
     * "GE HealthCare", "Tata Consumer Products", where the gazetteer read "Siemens", "GE", "Tata": a fresh-user tester's
     * finding): an organization's, reading on past it in words of a name ({@link RunWords#nameWords}) that open with no name
     * opener; not two names the model ran together (another listed name inside: "Visa Bank Raya"), nor a weekday or month
     * ("Nvidia Wednesday agreed"), a short word in capitals, or the first of a person's names with more capitalized words after
     * it ("Presiden Direktur Astra International Djony Bunarto"): a verifier's findings.
     */
    private static boolean longerCompany(String text, Mention listed, Mention x, List<Mention> base, RunWords words) {
        if (x.type() != EntityType.ORGANIZATION || x.begin() != listed.begin() || x.end() <= listed.end()) {
            return false;
        }
        String more = text.substring(listed.end(), x.end());
        String[] w = more.strip().split("\\s+");
        return words.nameWords(more) && !words.opener(w[0])
                && java.util.Arrays.stream(w).noneMatch(y -> words.dateWord(y) || y.equals(y.toUpperCase(java.util.Locale.ROOT)) && y.length() <= 3)
                && !CAPITALIZED_NEXT.matcher(text).region(x.end(), text.length()).lookingAt()
                && base.stream().noneMatch(o -> !o.entryId().isEmpty() && o.begin() >= listed.end() && o.begin() < x.end());
    }

    /**
     * The model's last person inside the rules' run {@code run}, read on to the run's end, where the model stopped short of
     * the person's surname: one or two words after it, each capitalized and none a common word, an honorific or in a title
     * ({@link RunWords#nameWords}), nor in capitals alone (an honour or a seat after a name: "Andrew Tyrie MP", "Martin Sorrell
     * CBE": a verifier's finding), with no other of the model's names {@code over} after it ("Wakil Ketua Setara Institute
     * Bonar Tigor Naipospos", where the model found "Setara Institute" and "Bonar Tigor"). Empty otherwise. On the held-out
     * fifth of the train split, the persons' mentions cut short at their end fell from 57 to 43 (33 to 21 Indonesian, 24 to 22
     * English), and 3 more Indonesian relations were right, none wrong.
     */
    private static java.util.Optional<Mention> surnameAfter(String text, Mention run, List<Mention> over, RunWords words) {
        Mention last = over.stream().max(Comparator.comparingInt(Mention::begin)).orElseThrow();
        if (last.type() != EntityType.PERSON || last.end() >= run.end()) {
            return java.util.Optional.empty();
        }
        String after = text.substring(last.end(), run.end());
        String[] w = after.strip().split("\\s+");
        if (after.isEmpty() || !Character.isWhitespace(after.charAt(0)) || w.length > 2 || !words.nameWords(after)
                || java.util.Arrays.stream(w).anyMatch(x -> x.matches("\\p{Lu}{2,}"))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Mention(last.begin(), run.end(), text.substring(last.begin(), run.end()), EntityType.PERSON,
                last.entryId(), last.finder(), last.confidence()));
    }

    /**
     * The organization the rules' run names before the model's person at its end, where the article names it elsewhere
     * too ("Persebaya" of "Pelatih Persebaya Iwan Setiawan" in an article that names Persebaya again): the longest
     * run of the words before the person, up to the person, that is the text of an organization's mention found
     * elsewhere in the article by the rules or the model. Empty where the model's name is no person or does not end
     * the run, or no such words stand before it (titles, ranks and ministries' subjects are left out this way:
     * "Kombes", "Perhubungan" of "Menteri Perhubungan").
     */
    private static java.util.Optional<Mention> employerBefore(Mention run, Mention inside, List<Mention> elsewhere) {
        if (inside.type() != EntityType.PERSON || inside.end() != run.end() || inside.begin() <= run.begin()) {
            return java.util.Optional.empty();
        }
        String before = run.text().substring(0, inside.begin() - run.begin()).stripTrailing();
        if (before.endsWith(",")) {
            before = before.substring(0, before.length() - 1).stripTrailing();
        }
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(before);
        while (word.find()) {
            String tail = before.substring(word.start());
            boolean named = elsewhere.stream().anyMatch(o -> o.type() == EntityType.ORGANIZATION && !o.overlaps(run)
                    && o.text().strip().equals(tail));
            if (named) {
                return java.util.Optional.of(new Mention(run.begin() + word.start(), run.begin() + before.length(), tail,
                        EntityType.ORGANIZATION, "", run.finder(), run.confidence()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The organization between a title and the person the model found at the end of the rules' run: "Marketing Director
     * Advan Tjandra Lianto", "CEO Gilkor Sinartus Sosrodjojo" (a title, the employer, the person, the way Indonesian news
     * names a speaker). The words before the person, after the last title in the run or right after a title before it, no
     * government office's ("Menteri Perhubungan": a portfolio), are the organization when they are one to four capitalized
     * words, none a title, an honorific or a common word alone, and no listed name stands on them (a place: "Presiden
     * Amerika Serikat Donald Trump"); trailing honorifics ("Kombes") are left out. Empty otherwise. On the held-out fifth
     * of the train split: 1 right relation more, 1 wrong ("Deputy PM John Prescott").
     */
    private static java.util.Optional<Mention> employerAfterTitle(String text, Mention run, Mention inside, List<Mention> base, RunWords words) {
        if (inside.type() != EntityType.PERSON || inside.end() != run.end() || inside.begin() <= run.begin()) {
            return java.util.Optional.empty();
        }
        String before = text.substring(run.begin(), inside.begin());
        int from = 0;
        String last = null;
        java.util.regex.Matcher title = words.titles().matcher(before);
        while (title.find()) {
            from = title.end();
            last = title.group();
        }
        String prefix = text.substring(Math.max(0, run.begin() - 40), run.begin());
        if (from == 0) {
            last = words.titles().matcher(prefix).results().filter(r -> prefix.substring(r.end()).isBlank())
                    .map(java.util.regex.MatchResult::group).findFirst().orElse(null);
        }
        if (last == null || words.governmentTitles().matcher(last).find()) {
            return java.util.Optional.empty(); // no title right before the words, or a minister's: a portfolio follows
        }
        String[] w = before.substring(from).strip().replaceAll(",$", "").strip().split("\\s+");
        int n = w.length;
        while (n > 0 && words.honorificsOnly(w[n - 1])) {
            n--;
        }
        if (n == 0 || n > 4 || w[0].isEmpty()) {
            return java.util.Optional.empty();
        }
        String name = String.join(" ", java.util.Arrays.copyOf(w, n));
        if (!words.givenNames(name) || n == 1 && words.common(name)) {
            return java.util.Optional.empty(); // capitalized, no title or honorific; a common word alone is none ("Utama")
        }
        int begin = text.indexOf(name, run.begin() + from);
        if (begin < 0 || begin + name.length() > inside.begin()) {
            return java.util.Optional.empty();
        }
        int end = begin + name.length();
        if (base.stream().anyMatch(o -> !o.entryId().isEmpty() && o.begin() < end && o.end() > begin)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Mention(begin, end, name, EntityType.ORGANIZATION, "", run.finder(), run.confidence()));
    }

    /**
     * Whether the gazetteer's organization {@code listed}, one word, is the surname of a person the model found ending at it,
     * whose words before it could be given names ({@link RunWords#givenNames}): "Ford" of "Susan Ford", "Shell" of "Mark
     * Shell", "Dell" of "Michael Dell"; not "Ford" of "Chairman Ford".
     */
    private static boolean surnameOf(String text, Mention listed, List<Mention> model, RunWords words) {
        if (listed.text().strip().indexOf(' ') >= 0) {
            return false;
        }
        return model.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.end() == listed.end() && x.begin() < listed.begin()
                && words.givenNames(text.substring(x.begin(), listed.begin())));
    }

    /**
     * The model's name as it stands, or, where it runs a company, its officer's executive title and the officer together
     * ({@link RunWords#titleSpan}: "Dolcevia Chairwoman Margherita Bellandi"), the company's name before the title and the
     * officer's after it, with the model's confidence.
     */
    private static java.util.stream.Stream<Mention> aroundTitle(Mention m, RunWords words) {
        int[] title = words.titleSpan(m.text());
        if (title == null) {
            return java.util.stream.Stream.of(m);
        }
        String company = m.text().substring(0, title[0]).stripTrailing();
        String rest = m.text().substring(title[1]);
        int personAt = title[1] + (rest.length() - rest.stripLeading().length());
        String person = m.text().substring(personAt).stripTrailing();
        return java.util.stream.Stream.of(
                new Mention(m.begin(), m.begin() + company.length(), company, EntityType.ORGANIZATION, "", m.finder(), m.confidence()),
                new Mention(m.begin() + personAt, m.begin() + personAt + person.length(), person, EntityType.PERSON, "", m.finder(), m.confidence()));
    }

    /**
     * The model's names {@code found} (sorted by offset), where two of them meet at a hyphen inside one word joined into one,
     * of the second's type and the lower confidence: "Jean-" and "Dominique Senard" of "Jean-Dominique Senard", "Hans-" and
     * "Joachim Watzke" (a check of this round: the model cut hyphenated given names, and "Jean-" worked for Renault); and two
     * persons' names with only a hyphen between them, a double surname ("Mary Smith" and "Jones" of "Mary Smith-Jones").
     */
    private static List<Mention> joinedAtHyphens(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean adjacent = last != null && last.end() == m.begin() && (text.charAt(last.end() - 1) == '-' || text.charAt(m.begin()) == '-');
            // "Mary Smith-Jones", where the model found "Mary Smith" and "Jones" with the hyphen outside both (a verifier's
            // finding) where a full name meets one more word; two places or companies so joined stay two ("Jakarta-Bandung"), and
            // so do two candidates of one ticket
            boolean hyphenBetween = last != null && m.begin() == last.end() + 1 && text.charAt(last.end()) == '-'
                    && last.type() == EntityType.PERSON && m.type() == EntityType.PERSON
                    && last.text().strip().contains(" ") && !m.text().strip().contains(" "); // not a pair, "Ganjar-Mahfud", "Ganjar Pranowo-Mahfud MD"
            if (adjacent || hyphenBetween) {
                out.set(out.size() - 1, new Mention(last.begin(), m.end(), text.substring(last.begin(), m.end()), m.type(), m.entryId(),
                        m.finder(), Math.min(last.confidence(), m.confidence())));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Initials alone, each with its period, and a space before the name: "A. ", "J.P. ", "J. R. "; not "PEA ", "SPBU.". */
    java.util.regex.Pattern INITIALS_ONLY = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.\\s?)*\\p{Lu}\\.\\s+");
    /** A name that ends in an initial whose period the model left out, which no name does: "J. R" of "J. R. Ellison". */
    java.util.regex.Pattern TRAILING_INITIAL = java.util.regex.Pattern.compile("(?:^|[\\s.])\\p{Lu}\\.?$");

    /**
     * Whether the rules' run {@code run}, inside which the model found the one name {@code inside}, is one name on
     * the rules' own evidence (see the overload of {@code combining} with {@link RunWords}).
     */
    private static boolean oneName(Mention run, Mention inside, RunWords words, org.dealgraph.text.Language language) {
        if (inside.type() == EntityType.PLACE) {
            return true; // a place the model finds inside the rules' name is part of it: "Apersi Jatim", "BI Malang"
        }
        String before = run.text().substring(0, inside.begin() - run.begin());
        String after = run.text().substring(inside.end() - run.begin());
        for (String w : (before + " " + after).strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return true; // joined by a small word: "of", "dan"
            }
        }
        String rest = run.text().substring(inside.end() - run.begin());
        if (INITIALS_ONLY.matcher(before).matches() && inside.type() == EntityType.PERSON && !words.honorificsOnly(before)
                || TRAILING_INITIAL.matcher(inside.text().strip()).find() && rest.startsWith(".")) {
            return true; // a person's initials: "A. Rahman Siregar" where the model found "Rahman Siregar", "J. R. Ellison" where it found "J. R"
        }
        if (inside.begin() > run.begin()) {
            // "Bank Sentral Eropa" where the model found "Sentral Eropa": a word that opens names opens this one, and
            // "Activision Blizzard" where it found "Blizzard": the words before it are a name's, no title's or common word's;
            // but the model's person after a title or an organization stands ("Pelatih Persebaya Iwan Setiawan"), and so
            // does its organization after a title ("Direktur Utama Transjakarta"); in any language, before a company's name that
            // ends in a name head, a name's words are its modifiers ("Alpha JWC Ventures" where the model found "JWC Ventures" in
            // Indonesian text: a fresh-user tester's finding)
            return inside.end() == run.end() && inside.type() != EntityType.PERSON
                    && (words.opener(before.strip().split("\\s+")[0]) || words.nameWords(before, language)
                            || words.headed(inside.text()) && words.nameWords(before));
        }
        if (run.type() == EntityType.PERSON && inside.type() == EntityType.PERSON) {
            return true; // the model found a first name only
        }
        if (inside.type() == EntityType.PERSON && inside.begin() == run.begin() && words.headed(run.text())) {
            return true; // "Halberd Financial" where the model found the person "Halberd": a company's name head ends the name
        }
        for (String w : after.strip().split("\\s+")) {
            if (!w.isEmpty() && !w.matches("[0-9IVX]+") && !words.common(w)) {
                return false;
            }
        }
        return true;
    }
}
