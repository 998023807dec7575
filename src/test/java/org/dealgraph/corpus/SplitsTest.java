package org.dealgraph.corpus;

import org.dealgraph.article.ArticleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SplitsTest {
    @TempDir
    Path dir;

    private static final String HEADER = "id\tlang\tsource\tstratum\tsplit\tcorpus\tsha256\n";

    @Test
    void selectsIdsBySplitAndLanguage() throws IOException {
        Path f = Files.writeString(dir.resolve("splits.tsv"), HEADER
                + "a\ten\treuters\tacq\ttrain\tr.jsonl\t" + "0".repeat(64) + "\n"
                + "b\ten\tbbc\tbusiness\ttest\tb.jsonl\t" + "1".repeat(64) + "\n"
                + "c\tid\tdetik\tfinance\ttest\ti.jsonl\t" + "2".repeat(64) + "\n"
                + "d\tid\tdetik\tfinance\tdev\ti.jsonl\t" + "3".repeat(64) + "\n");
        Splits s = Splits.read(f);
        assertEquals(List.of(), s.problems());
        assertEquals(List.of("b", "c"), s.ids(Split.TEST, ""));
        assertEquals(List.of("c"), s.ids(Split.TEST, "id"));
        assertEquals(List.of("a"), s.ids(Split.TRAIN, ""));
        assertEquals(List.of("d"), s.ids(Split.DEV, "id"));
        assertEquals("bbc", s.byId().get("b").source());
    }

    @Test
    void namesBadLinesByFileAndLineAndKeepsTheRest() throws IOException {
        Path f = Files.writeString(dir.resolve("splits.tsv"), HEADER
                + "a\ten\treuters\tacq\ttrain\tr.jsonl\n"
                + "b\ten\tbbc\tbusiness\tvalidation\tb.jsonl\tx\n"
                + "\n"
                + "c\tid\tdetik\tfinance\ttest\ti.jsonl\ty\n"
                + "c\tid\tdetik\tfinance\ttrain\ti.jsonl\ty\n");
        Splits s = Splits.read(f);
        assertEquals(List.of(
                new ArticleProblem(f + ":2", "7 tab-separated columns expected, found 6"),
                new ArticleProblem(f + ":3", "unknown split 'validation' (train, dev or test)"),
                new ArticleProblem(f + ":6", "article c is listed twice; the first line was kept")), s.problems());
        assertEquals(List.of("c"), s.ids(Split.TEST, ""));
        assertEquals(List.of(), s.ids(Split.TRAIN, ""));
    }

    @Test
    void namesAWrongHeader() throws IOException {
        Path f = Files.writeString(dir.resolve("splits.tsv"), "id\tsplit\n");
        assertEquals(List.of(new ArticleProblem(f + ":1", "header is not id lang source stratum split corpus sha256")), Splits.read(f).problems());
    }
}
