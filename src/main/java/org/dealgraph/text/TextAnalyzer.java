package org.dealgraph.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.dealgraph.DealGraphException;
import org.dealgraph.article.Article;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text stage: content regions ({@link BoilerplateFilter}), sentences and tokens (OpenNLP).
 *
 * <p>Each language's descriptor ({@link LanguageDescriptor}) names its OpenNLP sentence model and
 * its tokenizer: an OpenNLP token model, or a model-free OpenNLP tokenizer. English uses OpenNLP's
 * UD English sentence and token models from Maven Central. No Indonesian models exist there;
 * Indonesian shares Latin script and sentence punctuation with English, so its descriptor names
 * the English sentence model, and OpenNLP's character-class {@link SimpleTokenizer}, which needs no model.
 *
 * <p>Thread-safe: OpenNLP's ME classes are not, so each thread gets its own instances over the
 * shared, immutable models; a model several languages name is loaded once.
 */
public final class TextAnalyzer {
    /** Scrapers glue sentences together ("triliun.PGUN dimiliki"); split where a period meets a capitalized word. */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}\\d%)\"”])[.!?](?=\\p{Lu}\\p{L})");
    private static final int MAX_SENTENCE = 1500;

    private final BoilerplateFilter boilerplate;
    /** Per language, its sentence detector and tokenizer (one instance a thread where OpenNLP's is not thread-safe). */
    private final Map<Language, ThreadLocal<SentenceDetectorME>> sentences = new HashMap<>();
    private final Map<Language, ThreadLocal<Tokenizer>> tokenizers = new HashMap<>();

    /** Per language, a sentence that ends with a month abbreviation's period ("On Feb."): {@code months.tsv}. */
    private final Map<Language, Pattern> monthAbbreviationEnd = new HashMap<>();
    /** Per language, a sentence's text that ends in an honorific and its period ("... mengangkat Hj."). */
    private final Map<Language, Pattern> honorificEnd = new HashMap<>();
    /**
     * Per language, a sentence's text that ends in a legal form's period and the next one's that opens with an executive
     * title ("Vantor Inc. | CEO Mary Park said ..."): {@code legal-forms.tsv} (every language's suffixes) and
     * {@code executive-titles.txt}.
     */
    private final Map<Language, Pattern[]> legalFormBeforeTitle = new HashMap<>();

    private TextAnalyzer(LanguageProfiles profiles) {
        this.boilerplate = new BoilerplateFilter(profiles);
        Map<String, Object> models = new HashMap<>();
        for (Language l : profiles.languages()) {
            LanguageDescriptor d = profiles.of(l).descriptor();
            List<String> abbreviations = profiles.of(l).monthAbbreviations().stream().sorted().map(Pattern::quote).toList();
            monthAbbreviationEnd.put(l, Pattern.compile("(?i)(?<!\\p{L})" + LanguageProfile.alternation(abbreviations) + "\\.$"));
            honorificEnd.put(l, Pattern.compile("(?<![\\p{L}.])" + profiles.of(l).alternation(LanguageProfile.File.HONORIFICS) + "\\.$"));
            legalFormBeforeTitle.put(l, new Pattern[] {
                    Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'’-]*\\s+" + LanguageProfile.alternation(profiles.legalForms(false).stream()
                            .sorted().map(Pattern::quote).toList()) + "\\.$"),
                    Pattern.compile("^[\"“]?(?i:" + profiles.of(l).alternation(LanguageProfile.File.EXECUTIVE_TITLES) + ")"
                            + "\\s+(?:\\p{Lu}\\S*\\s+)*?\\p{Lu}\\p{Ll}+\\s+\\p{Lu}")});
            SentenceModel sentenceModel = (SentenceModel) models.computeIfAbsent("sentence " + d.resolve(d.sentenceModel()),
                    k -> load(d, d.sentenceModel(), "sentence-model", SentenceModel::new));
            sentences.put(l, ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel)));
            if (d.tokenizer().equals(LanguageDescriptor.SIMPLE)) {
                tokenizers.put(l, ThreadLocal.withInitial(() -> SimpleTokenizer.INSTANCE));
            } else if (d.tokenizer().equals(LanguageDescriptor.WHITESPACE)) {
                tokenizers.put(l, ThreadLocal.withInitial(() -> WhitespaceTokenizer.INSTANCE));
            } else {
                TokenizerModel tokenModel = (TokenizerModel) models.computeIfAbsent("token " + d.resolve(d.tokenizer()),
                        k -> load(d, d.tokenizer(), "tokenizer", TokenizerModel::new));
                tokenizers.put(l, ThreadLocal.withInitial(() -> new TokenizerME(tokenModel)));
            }
        }
    }

    /** Loads the bundled languages' models. */
    public static TextAnalyzer load() {
        return load(LanguageProfiles.bundled());
    }

    /**
     * Loads the models each language's descriptor names, with these languages' data (month abbreviations).
     *
     * @throws DealGraphException naming the descriptor and the model if a model is missing or is no model of its kind
     */
    public static TextAnalyzer load(LanguageProfiles profiles) {
        return new TextAnalyzer(profiles);
    }

    /** The OpenNLP models these languages read, {@link LanguageDescriptor#resolve resolved}, in language order. */
    public static List<String> models(LanguageProfiles profiles) {
        return profiles.languages().stream().flatMap(l -> profiles.of(l).descriptor().models().stream()).distinct().toList();
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * Reads the model the descriptor's {@code key} names. A model of another kind (a sentence model
     * named as the tokenizer) or a file that is no OpenNLP model is a {@link DealGraphException}
     * naming the descriptor, the key and the file, with no Java exception text.
     */
    private static <T> T load(LanguageDescriptor d, String location, String key, ModelReader<T> reader) {
        try (InputStream in = d.open(location)) {
            return reader.read(in);
        } catch (DealGraphException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // OpenNLP says "Cannot invoke ... because manifest is null" for a file that is no model, and
            // names the factory it expected for a model of another kind: neither helps a user
            throw new DealGraphException(d.source() + ": " + key + " = " + location + " is not an OpenNLP "
                    + (key.equals("tokenizer") ? "tokenizer" : "sentence detector") + " model (a model of another kind, or no model)", e);
        }
    }

    /**
     * Splits the content of {@code article} into sentences and tokens. The title of a
     * headline-only article (an empty body) written in sentence case is read as a sentence, not
     * as a headline: it is the article's only text, and names in it have no body to confirm them.
     */
    public AnalyzedText analyze(Article article, Language language) {
        if (!sentences.containsKey(language)) {
            throw new IllegalArgumentException("no language data for " + language + "; this analyzer reads " + new java.util.TreeSet<>(sentences.keySet()));
        }
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        for (Region region : boilerplate.content(text, !article.title().isEmpty())) {
            String regionText = text.substring(region.begin(), region.end());
            if (region.headline() && article.body().isEmpty() && sentenceCase(regionText)) {
                add(out, text, region.begin(), region.end(), false, language);
                continue;
            }
            if (region.headline()) {
                add(out, text, region.begin(), region.end(), true, language);
                continue;
            }
            // glued sentences are cut before the model reads them: it would end a sentence after "pihak.Menteri"
            Matcher glued = GLUED.matcher(regionText);
            int piece = 0;
            while (glued.find()) {
                sentences(out, text, region.begin() + piece, region.begin() + glued.end(), language);
                piece = glued.end();
            }
            sentences(out, text, region.begin() + piece, region.end(), language);
        }
        return new AnalyzedText(article, language, out);
    }

    /** Adds the sentences OpenNLP's model finds in {@code text[begin, end)}, false breaks undone. */
    private void sentences(List<Sentence> out, String text, int begin, int end, Language language) {
        String pieceText = text.substring(begin, end);
        Span[] spans = mergeFalseBreaks(pieceText, sentences.get(language).get().sentPosDetect(pieceText), honorificEnd.get(language),
                legalFormBeforeTitle.get(language))
                .toArray(new Span[0]);
        Pattern abbreviationEnd = monthAbbreviationEnd.get(language);
        for (int i = 0; i < spans.length; i++) {
            int b = spans[i].getStart();
            int e = spans[i].getEnd();
            // "On Feb. 2, 2019, ...": a month abbreviation's period before a number ends no sentence
            while (i + 1 < spans.length && Character.isDigit(pieceText.charAt(spans[i + 1].getStart()))
                    && abbreviationEnd.matcher(pieceText.substring(Math.max(b, e - 12), e)).find()) {
                e = spans[++i].getEnd();
            }
            add(out, text, begin + b, begin + e, false, language);
        }
    }

    /**
     * Joins the sentences OpenNLP's model split where a period does not end a sentence. Two kinds
     * of break are undone, each recognized by the text on both sides of it, never by a word list:
     * <ul>
     *   <li>the next sentence starts with a lowercase word ("$1.5 | billion in", "BB&T Corp. | got
     *   approval"): a sentence starts capitalized, except a camel-case name ("iPhone");</li>
     *   <li>the sentence ends in a name's initials after a capitalized word ("David L. | Calhoun",
     *   "Nixon L.P. | Napitupulu"), or in two or three initials after any word ("acquisition of G.D. |
     *   Searle", "sold to E.F. | Hutton", which the English model splits), and the next word is one the text never writes in lowercase: a
     *   name goes on, where a common word ("Washington D.C. | The company ...", written "the"
     *   elsewhere) starts a new sentence.</li>
     * </ul>
     * Design decision: an abbreviation dictionary for the model was not used: it lists words, while
     * initials ("L.", "H.") and numbers are open classes, and whether "Corp." ends a sentence
     * depends on the word after it, which such a dictionary cannot see.
     */
    static List<Span> mergeFalseBreaks(String text, Span[] spans) {
        return mergeFalseBreaks(text, spans, null, null);
    }

    /**
     * As {@link #mergeFalseBreaks(String, Span[])}, and three more kinds of break undone: after an honorific of the
     * language and its period ("mengangkat Hj. | Siti Aminah", "Dr. Ir. | Bambang"; {@code honorifics.txt}); where the
     * sentence ends in no closing mark at all: the model ended it after a token with a period inside ("PT
     * Bukalapak.com | Tbk mengakuisisi ..."); and after a company's legal form and its period where the next sentence
     * opens with an executive title and a person's name ("Vantor Inc. | CEO Mary Park said ...").
     *
     * @param honorificEnd a sentence's text that ends in an honorific and its period, or null for none
     * @param legalFormBeforeTitle a sentence's text that ends in a legal form's period, and the next one's that opens
     *                             with an executive title and a name; or null for none
     */
    static List<Span> mergeFalseBreaks(String text, Span[] spans, Pattern honorificEnd, Pattern[] legalFormBeforeTitle) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            String before = out.isEmpty() ? "" : text.substring(out.get(out.size() - 1).getStart(), out.get(out.size() - 1).getEnd()).strip();
            if (!out.isEmpty() && (falseBreak(text, out.get(out.size() - 1), span) || inToken(text, out.get(out.size() - 1), span)
                    || honorificEnd != null && honorificEnd.matcher(before).find()
                    || legalFormBeforeTitle != null && legalFormBeforeTitle[0].matcher(before).find()
                    && legalFormBeforeTitle[1].matcher(text.substring(span.getStart(), span.getEnd()).strip()).find())) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * Whether a sentence ends in a letter or digit and the next opens with one: the break fell after a token with a period
     * inside ("PT Bukalapak.com | Tbk"). A dateline's outlet before its dash stays a sentence of its own ("JAKARTA,
     * KOMPAS.com | - Platform musik ...").
     */
    private static boolean inToken(String text, Span prev, Span next) {
        String before = text.substring(prev.getStart(), prev.getEnd()).strip();
        String after = text.substring(next.getStart(), next.getEnd()).strip();
        return !before.isEmpty() && !after.isEmpty() && Character.isLetterOrDigit(before.charAt(before.length() - 1))
                && Character.isLetterOrDigit(after.charAt(0));
    }

    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s\"“‘'(]*(\\p{L}[\\p{L}\\p{M}'’-]*)");
    /** Initials after a capitalized word ("David L."), or one to three of them alone ("of G.D.", "to E.F.", "named J. R.", "pula H."). */
    private static final Pattern ENDS_IN_INITIALS = Pattern.compile("(?:^|\\s)(?:\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Lu}\\.){1,3}|(?:\\p{Lu}\\.){2,3}|\\p{Lu}\\.(?:\\s\\p{Lu}\\.){0,2})$");

    private static boolean falseBreak(String text, Span prev, Span next) {
        String before = text.substring(prev.getStart(), prev.getEnd()).strip();
        Matcher w = NEXT_WORD.matcher(text.substring(next.getStart(), next.getEnd()));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        char c0 = word.charAt(0);
        if (Character.isLowerCase(c0)) {
            return word.length() < 2 || !Character.isUpperCase(word.charAt(1));
        }
        if (!Character.isUpperCase(c0) || !before.endsWith(".") || !ENDS_IN_INITIALS.matcher(before).find()) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return !Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])").matcher(text).find();
    }

    /** Fewer than four in five words capitalized: not Title Case, where every word is. */
    private static boolean sentenceCase(String line) {
        long words = 0;
        long caps = 0;
        for (String w : line.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && caps * 10 < words * 8;
    }

    private void add(List<Sentence> out, String text, int begin, int end, boolean headline, Language language) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= begin) {
            return;
        }
        // bounded work per sentence: an unpunctuated wall of text is cut into pieces
        while (end - begin > MAX_SENTENCE) {
            int cut = text.lastIndexOf(' ', begin + MAX_SENTENCE);
            if (cut <= begin) {
                cut = begin + MAX_SENTENCE;
            }
            addOne(out, text, begin, cut, headline, language);
            begin = cut;
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
        }
        if (end > begin) {
            addOne(out, text, begin, end, headline, language);
        }
    }

    /**
     * Joins a word, an apostrophe and a word written without spaces into one token ("Mas'ud",
     * "O'Neill", "McDonald's"): the apostrophe is inside a name, not a quotation mark. A character-class
     * tokenizer splits at it; a possessive is cut off afterwards as for any token. Letters the tokenizer split with
     * nothing between them are one word again ("FedEx", which OpenNLP's English model splits as "Fed" and "Ex").
     * Where {@code particles}, so are a surname's particle after a capitalized word, a hyphen and a capitalized word
     * ("Faisal Al-Otaibi", which the English model split where it kept "Al-Rashid" whole: a fresh-user tester's finding,
     * "Faisal" and "Al" were read as two names); not two names ("Tory-Labour", "Gazprom-Rosneft") nor a particle that
     * opens a phrase ("Al-Jazeera", "Ex-Google").
     *
     * @param particles whether the tokenizer is a trained one, whose split of such names varies; a character-class
     *                  tokenizer splits every hyphen alike, and the trained name finders learned its words so
     */
    static Span[] joinInWordApostrophes(String s, Span[] spans, boolean particles) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span sp = spans[i];
            if (!out.isEmpty() && i + 1 < spans.length && sp.length() == 1 && s.charAt(sp.getStart()) == '\''
                    && out.get(out.size() - 1).getEnd() == sp.getStart() && spans[i + 1].getStart() == sp.getEnd()
                    && Character.isLetter(s.charAt(sp.getStart() - 1)) && Character.isLetter(s.charAt(sp.getEnd()))) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), spans[i + 1].getEnd()));
                i++;
            } else if (!out.isEmpty() && sp.getStart() == out.get(out.size() - 1).getEnd() && s.charAt(sp.getStart()) == '\''
                    && sp.length() > 1 && Character.isLetter(s.charAt(sp.getStart() + 1)) && Character.isLetter(s.charAt(sp.getStart() - 1))
                    && !s.startsWith("'s", sp.getStart()) && !s.startsWith("'S", sp.getStart())) {
                Span prev = out.remove(out.size() - 1); // "O" + "'Neill"
                out.add(new Span(prev.getStart(), sp.getEnd()));
            } else if (particles && !out.isEmpty() && i + 1 < spans.length && sp.length() == 1 && s.charAt(sp.getStart()) == '-'
                    && out.get(out.size() - 1).getEnd() == sp.getStart() && spans[i + 1].getStart() == sp.getEnd()
                    && particle(s, out.get(out.size() - 1)) && capitalized(s, spans[i + 1])) {
                Span prev = out.remove(out.size() - 1); // "Al" + "-" + "Otaibi": a surname's particle and its name are one word
                out.add(new Span(prev.getStart(), spans[i + 1].getEnd()));
                i++;
            } else if (particles && !out.isEmpty() && sp.getStart() == out.get(out.size() - 1).getEnd() && sp.length() > 1 && s.charAt(sp.getStart()) == '-'
                    && particle(s, out.get(out.size() - 1)) && capitalized(s, new Span(sp.getStart() + 1, sp.getEnd()))) {
                Span prev = out.remove(out.size() - 1); // "Al" + "-Otaibi"
                out.add(new Span(prev.getStart(), sp.getEnd()));
            } else if (!out.isEmpty() && sp.getStart() == out.get(out.size() - 1).getEnd() && letters(s, sp)
                    && letters(s, out.get(out.size() - 1))) {
                Span prev = out.remove(out.size() - 1); // "Fed" + "Ex": letters run together are one word
                out.add(new Span(prev.getStart(), sp.getEnd()));
            } else {
                out.add(sp);
            }
        }
        return out.toArray(Span[]::new);
    }

    /** Whether the span is a capitalized word of letters: "Otaibi"; not "owned", "U.S". */
    private static boolean capitalized(String s, Span sp) {
        return letters(s, sp) && Character.isUpperCase(s.charAt(sp.getStart()));
    }

    /** A surname's particle: a capital and one or two small letters ("Al", "El", "Bin", "Abu"); not "US", "Tory", "Gazprom". */
    private static final java.util.regex.Pattern PARTICLE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{1,2}");

    /** A capitalized word and the space right before a particle: the particle stands inside a person's name. */
    private static final java.util.regex.Pattern NAME_BEFORE = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}*[ \\t]$");

    private static boolean particle(String s, Span sp) {
        return PARTICLE.matcher(s.substring(sp.getStart(), sp.getEnd())).matches()
                && NAME_BEFORE.matcher(s.substring(Math.max(0, sp.getStart() - 30), sp.getStart())).find();
    }

    private static boolean letters(String s, Span sp) {
        for (int i = sp.getStart(); i < sp.getEnd(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return sp.length() > 0;
    }

    private static int possessive(String token) {
        int n = token.length();
        if (n > 2 && (token.endsWith("'s") || token.endsWith("’s") || token.endsWith("'S"))) {
            return n - 2;
        }
        if (n > 1 && (token.endsWith("s'") || token.endsWith("s’")) && Character.isUpperCase(token.charAt(0))) {
            return n - 1;
        }
        return 0;
    }

    private void addOne(List<Sentence> out, String text, int begin, int end, boolean headline, Language language) {
        String s = text.substring(begin, end);
        // typographic apostrophes tokenize as the typewriter one does ("McDonald’s" as "McDonald's"); one
        // character for one, so offsets and the text's own form are kept
        String plain = s.replace('’', '\'').replace('‘', '\'');
        Tokenizer tokenizer = tokenizers.get(language).get();
        Span[] spans = joinInWordApostrophes(plain, tokenizer.tokenizePos(plain), tokenizer instanceof TokenizerME);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (Span sp : spans) {
            String t = s.substring(sp.getStart(), sp.getEnd());
            int cut = possessive(t);
            if (cut > 0) {
                // "France's" is the name "France" and a possessive marker
                tokens.add(new Token(begin + sp.getStart(), begin + sp.getStart() + cut, t.substring(0, cut)));
                tokens.add(new Token(begin + sp.getStart() + cut, begin + sp.getEnd(), t.substring(cut)));
            } else {
                tokens.add(new Token(begin + sp.getStart(), begin + sp.getEnd(), t));
            }
        }
        out.add(new Sentence(out.size(), begin, end, s, tokens, headline));
    }
}
