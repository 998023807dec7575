package org.dealgraph;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleSources;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.event.Extraction;
import org.dealgraph.rdf.ExtractionMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of generated inputs, from random bytes to news-like text full of names, cues, amounts
 * and dates: the readers and the extractor turn every one into an article, a problem or a graph,
 * and no exception escapes. The time bound only catches a hang (runaway backtracking), it is not
 * a performance target.
 */
class FuzzTest {
    private static final String[] WORDS = {"TikTok", "Microsoft", "PT", "Tbk", "Inc", "Corp", "bermitra", "dengan", "acquired", "by",
            "Rp", "US$", "322", "miliar", "juta", "$1.2bn", "per", "bulan", "a", "year", "yang", "dimiliki", "oleh", "CEO", "Direktur",
            "Utama", "said", "kata", "not", "tidak", "jika", "if", "Senin", "(17/8)", ",", ".", "\"", "(", ")", "<DIS>", "Baca", "juga:",
            "'s", "-nya", "and", "dan", "signed", "an", "agreement", "with", "menandatangani", "kesepakatan", "sued", "owned", "unit",
            "of", "rival", "Halcyon", "Systems", "Kelana", "\n", "\n\n", "😀", "é", "Ä", "ß", "中国", "\t", "    ", "1,5", "3.000.000"};

    private static String newsLike(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    private static String randomUnicode(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x2FFFF) : 0x20 + r.nextInt(0x5F);
            if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp) && Character.isDefined(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    @Test
    void extractionNeverThrowsOnGeneratedArticles() {
        Pipeline pipeline = TestPipeline.get();
        ExtractionMapper mapper = new ExtractionMapper();
        Random r = new Random(20261122);
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < 2500; i++) {
                String body = switch (i % 4) {
                    case 0 -> newsLike(r, 1 + r.nextInt(300));
                    case 1 -> randomUnicode(r, 1 + r.nextInt(2000));
                    case 2 -> newsLike(r, 20).repeat(1 + r.nextInt(60)); // long repetitive paragraphs
                    default -> newsLike(r, 50).replace(' ', r.nextBoolean() ? ' ' : '\n');
                };
                String lang = i % 3 == 0 ? "" : (i % 3 == 1 ? "id" : "en");
                Article a = new Article("fuzz-" + i, newsLike(r, r.nextInt(12)), body, "", java.util.Optional.empty(), lang);
                try {
                    Extraction x = pipeline.extract(a);
                    mapper.map(x);
                } catch (ArticleRejectedException expected) {
                    assertTrue(expected.problem().source().equals(a.id()), expected.toString());
                }
            }
        });
    }

    @Test
    void readersTurnGarbageIntoProblemsNotExceptions(@TempDir Path dir) throws IOException {
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[r.nextInt(3000)];
            r.nextBytes(bytes);
            Files.write(dir.resolve("bin-" + i + (i % 2 == 0 ? ".txt" : ".jsonl")), bytes);
        }
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            jsonl.append(switch (i % 5) {
                case 0 -> "{\"id\":\"j" + i + "\",\"title\":\"t\",\"text\":\"" + newsLike(r, 30).replace("\"", "'").replace("\n", " ") + "\"}";
                case 1 -> "[".repeat(200 + r.nextInt(2000)); // deeply nested
                case 2 -> "{\"id\":\"j" + i + "\",\"text\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}";
                case 3 -> "{\"id\":\"j" + i + "\",\"title\":\"t\",\"text\":\"" + randomUnicode(r, 50).replace("\\", "").replace("\"", "") + "\"";
                default -> randomUnicode(r, 80);
            }).append('\n');
        }
        Files.writeString(dir.resolve("mixed.jsonl"), jsonl, StandardCharsets.UTF_8);
        try (Stream<ReadOutcome> outcomes = new ArticleSources().read(List.of(dir))) {
            long n = outcomes.peek(o -> {
                if (o instanceof ReadOutcome.Failed f) {
                    assertTrue(f.problem().source().startsWith(dir.toString()), f.toString());
                }
            }).count();
            assertTrue(n >= 600, "every file and line gives an outcome: " + n);
        }
    }
}
