package org.dealgraph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReadersTest {
    @TempDir
    Path dir;

    private List<ReadOutcome> read(Path... paths) {
        try (Stream<ReadOutcome> s = new ArticleSources().read(List.of(paths))) {
            return s.toList();
        }
    }

    private static String problem(ReadOutcome o) {
        return assertInstanceOf(ReadOutcome.Failed.class, o).problem().toString();
    }

    @Test
    void readsTitleFromFirstLineAndBodyFromTheRest() throws IOException {
        Path f = Files.writeString(dir.resolve("a1.txt"), "\uFEFFTikTok bermitra dengan Audius\n\nBody line one.\r\nBody line two.\n");
        Article a = assertInstanceOf(ReadOutcome.Read.class, read(f).get(0)).article();
        assertEquals("a1", a.id());
        assertEquals("TikTok bermitra dengan Audius", a.title());
        assertEquals("Body line one.\nBody line two.", a.body());
        assertTrue(a.text().startsWith(a.title() + "\n\n"));
    }

    @Test
    void readsADateLineAfterTheTitleAndKeepsItOutOfTheBody() throws IOException {
        Path f = Files.writeString(dir.resolve("dated.txt"), "TikTok bermitra dengan Audius\nDate: 2021-08-09\n\nBody line one.\n");
        Article a = assertInstanceOf(ReadOutcome.Read.class, read(f).get(0)).article();
        assertEquals(Optional.of(LocalDate.of(2021, 8, 9)), a.date());
        assertEquals("TikTok bermitra dengan Audius", a.title());
        assertEquals("Body line one.", a.body());
        Path undated = Files.writeString(dir.resolve("undated.txt"), "Title\n\nThe deal was dated: 2021-08-09 in the filing.\n");
        Article b = assertInstanceOf(ReadOutcome.Read.class, read(undated).get(0)).article();
        assertEquals(Optional.empty(), b.date(), "only a header line right after the title is a date");
        assertTrue(b.body().contains("dated: 2021-08-09"));
    }

    @Test
    void reportsAMalformedDateLineByFileWithTheExpectedForm() throws IOException {
        Path f = Files.writeString(dir.resolve("baddate.txt"), "Title\nDate: 9 August 2021\n\nBody.\n");
        String p = problem(read(f).get(0));
        assertTrue(p.startsWith(f.toString() + ": ") && p.contains("'9 August 2021'") && p.contains("YYYY-MM-DD"), p);
        assertTrue(problem(read(Files.writeString(dir.resolve("baddate2.txt"), "Title\nDate: 2021-02-30\nBody.\n")).get(0))
                .contains("'2021-02-30'"), "an impossible day is malformed too");
    }

    @Test
    void bundledArticlesCarryTheDatesTheirTextStates() {
        List<ReadOutcome> seeds = read(Path.of("data/articles"));
        java.util.Map<String, Optional<LocalDate>> dates = new java.util.TreeMap<>();
        for (ReadOutcome o : seeds) {
            Article a = assertInstanceOf(ReadOutcome.Read.class, o).article();
            dates.put(a.id(), a.date());
        }
        // 002: "on Monday 17 August" (the year of Trump's August 2020 TikTok orders); 004: "Selasa (06/08/2024)";
        // 000, 001 and 003 state no date of their own
        assertEquals(java.util.Map.of(
                "000_76bfdeb9b201565f", Optional.empty(),
                "001_62e0be24b777de66", Optional.empty(),
                "002_1a341257ed710bcc", Optional.of(LocalDate.of(2020, 8, 17)),
                "003_b31835b4c5c53a08", Optional.empty(),
                "004_20293e7b39c035a9", Optional.of(LocalDate.of(2024, 8, 6))), dates);
    }

    @Test
    void reportsEmptyBinaryAndMisEncodedFilesByName() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Path latin1 = Files.write(dir.resolve("latin.txt"), "Caf\u00e9 title\nbody \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        List<ReadOutcome> out = read(empty, binary, latin1, blank);
        assertTrue(problem(out.get(0)).contains("empty.txt: empty file"));
        assertTrue(problem(out.get(1)).contains("bin.txt: binary data"));
        assertTrue(problem(out.get(2)).contains("latin.txt: not valid UTF-8"));
        assertTrue(problem(out.get(3)).contains("blank.txt: no text"));
    }

    @Test
    void readsAHeadlineOnlyTextFileAsATitleWithAnEmptyBody() throws IOException {
        Path f = Files.writeString(dir.resolve("wire.txt"), "Microsoft acquires Activision Blizzard\n");
        Article a = assertInstanceOf(ReadOutcome.Read.class, read(f).get(0)).article();
        assertEquals("Microsoft acquires Activision Blizzard", a.title());
        assertEquals("", a.body());
        assertEquals(a.title(), a.text());
    }

    @Test
    void readsATextFileWhoseFirstLineIsBlankAsAnUntitledBody() throws IOException {
        Path f = Files.writeString(dir.resolve("untitled.txt"), "\nKestrel Dynamics agreed to buy Halcyon Systems.\nThe deal closes in May.\n");
        Article a = assertInstanceOf(ReadOutcome.Read.class, read(f).get(0)).article();
        assertEquals("", a.title());
        assertEquals("Kestrel Dynamics agreed to buy Halcyon Systems.\nThe deal closes in May.", a.body());
        Path titled = Files.writeString(dir.resolve("titled.txt"), "  Kestrel buys Halcyon\n\nKestrel Dynamics agreed to buy Halcyon Systems.\n");
        assertEquals("Kestrel buys Halcyon", assertInstanceOf(ReadOutcome.Read.class, read(titled).get(0)).article().title());
    }

    @Test
    void readsAControlCharacterInAJsonLineAsASpace() throws IOException {
        // XML 1.0 cannot carry U+0000, so SPARQL's XML results of a stored evidence sentence would be unreadable
        Path f = Files.writeString(dir.resolve("nul.jsonl"), "{\"id\":\"j11\",\"title\":\"T\",\"text\":\"Kestrel bought Halcyon.\\u0000 hidden &#1; x\"}\n");
        Article a = assertInstanceOf(ReadOutcome.Read.class, read(f).get(0)).article();
        assertEquals("Kestrel bought Halcyon.  hidden   x", a.body());
    }

    @Test
    void readsAHeadlineOnlyJsonLineAsATitleWithAnEmptyBody() throws IOException {
        Path f = Files.writeString(dir.resolve("wire.jsonl"), String.join("\n",
                "{\"id\":\"w1\",\"title\":\"Microsoft acquires Activision Blizzard\",\"text\":\"\"}",
                "{\"id\":\"w2\",\"title\":\"Microsoft acquires Activision Blizzard\"}",
                "{\"id\":\"w3\",\"title\":\" \",\"text\":\"\"}"));
        List<ReadOutcome> out = read(f);
        for (ReadOutcome o : out.subList(0, 2)) {
            Article a = assertInstanceOf(ReadOutcome.Read.class, o).article();
            assertEquals("Microsoft acquires Activision Blizzard", a.text());
        }
        assertTrue(problem(out.get(2)).contains("wire.jsonl:3: article w3 has no \"text\" and no \"title\""), problem(out.get(2)));
    }

    @Test
    void aFolderLinkedInsideTheInputIsWalkedAndALinkToNothingIsAProblem() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("u1.txt"), "Kestrel buys Halcyon\nKestrel Ltd bought Halcyon Inc.");
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.writeString(top.resolve("own.txt"), "Orion sues Radix\nOrion Corp sued Radix Inc.");
        Files.createSymbolicLink(top.resolve("linked"), elsewhere);
        Files.createSymbolicLink(top.resolve("dangling.txt"), dir.resolve("nothing.txt"));
        Files.createSymbolicLink(elsewhere.resolve("back"), top); // a loop through the linked folder
        Files.createSymbolicLink(top.resolve("up"), dir); // a link up to the folder that holds the input: not walked
        List<ReadOutcome> out = read(top);
        List<String> ids = out.stream().filter(o -> o instanceof ReadOutcome.Read).map(o -> ((ReadOutcome.Read) o).article().id()).toList();
        assertEquals(List.of("u1", "own"), ids);
        List<String> problems = out.stream().filter(o -> o instanceof ReadOutcome.Failed).map(ArticleReadersTest::problem).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("dangling.txt: a link to nothing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("back: a link to a folder that holds")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("up: a link to a folder that holds the input folder")), problems.toString());
    }

    @Test
    void aPipeOrADeviceInAFolderIsAProblemNeverRead() throws Exception {
        Path top = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(top.resolve("own.txt"), "Orion sues Radix\nOrion Corp sued Radix Inc.");
        Files.createSymbolicLink(top.resolve("zero.txt"), Path.of("/dev/zero")); // read, it would never end
        Process mkfifo = new ProcessBuilder("mkfifo", top.resolve("pipe.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor()); // read, a pipe with no writer blocks for ever
        List<ReadOutcome> out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> read(top));
        List<String> ids = out.stream().filter(o -> o instanceof ReadOutcome.Read).map(o -> ((ReadOutcome.Read) o).article().id()).toList();
        assertEquals(List.of("own"), ids);
        List<String> problems = out.stream().filter(o -> o instanceof ReadOutcome.Failed).map(ArticleReadersTest::problem).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("pipe.txt: not a regular file")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("zero.txt: not a regular file")), problems.toString());
    }

    @Test
    void aTextFileLargerThanAnyArticleIsAProblemUnread() throws IOException {
        Path big = dir.resolve("big.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that take no disk
        }
        List<ReadOutcome> out = read(big);
        assertTrue(problem(out.get(0)).contains("big.txt: file too large for an article (3221225472 bytes"), problem(out.get(0)));
    }

    @Test
    void moreAfterTheObjectOnAJsonLineIsAProblemNamingTheLine() throws IOException {
        // two objects on one line, and lines that end in \r alone (one line to a reader of \n), are not read as their first object
        Path f = Files.writeString(dir.resolve("two.jsonl"), String.join("\n",
                "{\"id\":\"x1\",\"title\":\"A\",\"text\":\"Kestrel bought Halcyon.\"}",
                "{\"id\":\"x2\",\"title\":\"B\",\"text\":\"Orion sued Radix.\"} {\"id\":\"x3\",\"title\":\"C\",\"text\":\"C.\"}",
                "{\"id\":\"x4\",\"title\":\"D\",\"text\":\"D.\"}\r{\"id\":\"x5\",\"title\":\"E\",\"text\":\"E.\"}"));
        List<ReadOutcome> out = read(f);
        assertEquals(3, out.size());
        assertInstanceOf(ReadOutcome.Read.class, out.get(0));
        assertTrue(problem(out.get(1)).contains("two.jsonl:2: more follows the JSON object on this line"), problem(out.get(1)));
        assertTrue(problem(out.get(2)).contains("two.jsonl:3: more follows the JSON object on this line"), problem(out.get(2)));
    }

    @Test
    void decodesHtmlEntitiesInTextFilesOnce() throws IOException {
        Path f = Files.writeString(dir.resolve("e.txt"), "AT&amp;T buys Time&nbsp;Warner\n&#8220;A deal,&#8221; said AT&amp;amp;T &amp; friends; AT&T stays.");
        Article a = assertInstanceOf(ReadOutcome.Read.class, read(f).get(0)).article();
        assertEquals("AT&T buys Time\u00a0Warner", a.title());
        assertEquals("\u201cA deal,\u201d said AT&amp;T & friends; AT&T stays.", a.body());
    }

    @Test
    void decodesHtmlEntitiesInJsonLinesOnce() throws IOException {
        Path f = Files.writeString(dir.resolve("e.jsonl"),
                "{\"id\":\"e1\",\"title\":\"AT&amp;T buys Time&nbsp;Warner\",\"text\":\"&#8220;A deal,&#x201D; said AT&amp;amp;T.\"}");
        Article a = assertInstanceOf(ReadOutcome.Read.class, read(f).get(0)).article();
        assertEquals("AT&T buys Time\u00a0Warner", a.title());
        assertEquals("\u201cA deal,\u201d said AT&amp;T.", a.body());
    }

    /** The one article of a file written with {@code content}. */
    private Article readOne(String file, String content) throws IOException {
        return assertInstanceOf(ReadOutcome.Read.class, read(Files.writeString(dir.resolve(file), content)).get(0)).article();
    }

    @Test
    void readsAScrapedPagesMarkupAsTheTextABrowserShows() throws IOException {
        Article a = readOne("h.jsonl", "{\"id\":\"h1\",\"title\":\"<b>Kestrel</b> buys Halcyon\","
                + "\"text\":\"<p>Kestrel Dynamics Corp   agreed to buy\\n <a href=\\\"https://e.example/h\\\">Halcyon Systems Inc</a> "
                + "for $5 billion.</p><script>var x = 1;</script><p>AT&amp;amp;T said so.<br>Shares rose.</p>\"}");
        assertEquals("Kestrel buys Halcyon", a.title());
        assertEquals("Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc for $5 billion.\n\nAT&amp;T said so.\nShares rose.", a.body());
    }

    @Test
    void keepsTheWiresTickersAsTextInsideMarkupAndATitleOnOneLine() throws IOException {
        Article a = readOne("t.jsonl", "{\"id\":\"t1\",\"title\":\"<a href=\\\"http://x\\\">Orion Freight</a> sues <Radix Organization Inc>"
                + "<br>in court\",\"text\":\"<p>Vantage Bank <VBK.N> agreed to acquire Cobalt Trust <CBT> as costs<margins.</p>\"}");
        assertEquals("Orion Freight sues <Radix Organization Inc> in court", a.title());
        assertEquals("Vantage Bank <VBK.N> agreed to acquire Cobalt Trust <CBT> as costs<margins.", a.body());
        // paragraphs HTML need not close are markup too; Phillips Petroleum's ticker <P> in capitals is none
        assertEquals("Vantage Bank agreed to buy Cobalt Trust.\n\nThe deal closes in March.",
                readOne("u.txt", "Deal\n<p>Vantage Bank agreed to buy Cobalt Trust.<p>The deal closes in March.").body());
        assertEquals("Santa Fe bought <P> stock.", readOne("v.txt", "Deal\nSanta Fe bought <P> stock.").body());
    }

    @Test
    void readsMarkupInAPlainTextBodyButRejectsAWholeWebPage() throws IOException {
        Article a = readOne("m.txt", "Kestrel buys Halcyon\n<p>Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc.</p>"
                + "<div>Shares rose.</div>");
        assertEquals("Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc.\n\nShares rose.", a.body());
        Path page = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><body><p>Kelana</p></body></html>");
        assertTrue(problem(read(page).get(0)).contains("HTML, not plain text"), problem(read(page).get(0)));
    }

    @Test
    void keepsTheWiresBracketedTickersAndNamesAsText() throws IOException {
        Article a = readOne("w.txt", "TEXAS COMMERCE <TCB> HOLDERS APPROVE MERGER\n"
                + "The group of investors include affiliates of <Radix Organization Inc> and <B> holders, the company said.");
        assertEquals("TEXAS COMMERCE <TCB> HOLDERS APPROVE MERGER", a.title());
        assertEquals("The group of investors include affiliates of <Radix Organization Inc> and <B> holders, the company said.", a.body());
    }

    @Test
    void readsJsonLinesAndNamesTheLineOfEachBadOne() throws IOException {
        Path f = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Body\",\"url\":\"http://e/1\",\"date\":\"2024-08-06\",\"lang\":\"id\"}",
                "{not json",
                "",
                "{\"id\":\"x2\",\"text\":\"  \"}",
                "[1,2]",
                "{\"id\":\"x3\",\"title\":\"T\",\"text\":\"Body\",\"date\":\"06/08/2024\"}",
                "{\"title\":\"T\",\"text\":\"Body\"}",
                "{\"id\":\"x4\",\"title\":\"T\",\"text\":\"Body\",\"date\":\"2024-02-30\"}"));
        List<ReadOutcome> out = read(f);
        assertEquals(7, out.size());
        Article a = assertInstanceOf(ReadOutcome.Read.class, out.get(0)).article();
        assertEquals("2024-08-06", a.date().orElseThrow().toString());
        assertEquals("id", a.lang());
        assertTrue(problem(out.get(1)).contains("batch.jsonl:2: not valid JSON"));
        assertTrue(problem(out.get(2)).contains("batch.jsonl:4: article x2 has no \"text\" and no \"title\""));
        assertTrue(problem(out.get(3)).contains("batch.jsonl:5: not a JSON object"));
        assertTrue(problem(out.get(4)).contains("batch.jsonl:6: article x3 has a date that is not YYYY-MM-DD"));
        assertTrue(problem(out.get(5)).contains("batch.jsonl:7: no \"id\""));
        // written as YYYY-MM-DD, but no day of the calendar (a fresh-user tester's finding)
        assertTrue(problem(out.get(6)).contains("batch.jsonl:8: article x4 has a date that is no day of the calendar: 2024-02-30"),
                problem(out.get(6)));
    }

    @Test
    void aJsonLineWhoseFieldIsNotAStringIsAProblemNamingTheArticleAndTheField() throws IOException {
        Path f = Files.writeString(dir.resolve("typed.jsonl"), String.join("\n",
                "{\"id\":\"j7\",\"title\":\"Kestrel buys Halcyon\",\"text\":123}",
                "{\"id\":\"j8\",\"title\":[\"T\"],\"text\":\"Body\"}",
                "{\"id\":9,\"title\":\"T\",\"text\":\"Body\"}",
                "{\"id\":\"j10\",\"title\":\"T\",\"text\":\"Body\",\"lang\":{\"code\":\"en\"}}",
                "{\"id\":\"j11\",\"title\":\"T\",\"text\":\"Body\",\"url\":null}"));
        List<ReadOutcome> out = read(f);
        assertEquals(5, out.size());
        assertTrue(problem(out.get(0)).contains("typed.jsonl:1: article j7 has a \"text\" that is a number (123), not a string"),
                problem(out.get(0)));
        assertTrue(problem(out.get(1)).contains("typed.jsonl:2: article j8 has a \"title\" that is a list, not a string"), problem(out.get(1)));
        assertTrue(problem(out.get(2)).contains("typed.jsonl:3: the article has a \"id\" that is a number (9), not a string"),
                problem(out.get(2)));
        assertTrue(problem(out.get(3)).contains("typed.jsonl:4: article j10 has a \"lang\" that is an object, not a string"),
                problem(out.get(3)));
        assertEquals("j11", assertInstanceOf(ReadOutcome.Read.class, out.get(4)).article().id(), "a null is as absent, and the run goes on");
    }

    @Test
    void aJsonLineCutShortSaysWhereItEndsInPlainWords() throws IOException {
        Path f = Files.writeString(dir.resolve("cut.jsonl"), String.join("\n",
                "{\"id\":\"c1\",\"title\":\"T\",\"text\":\"Kestrel sued\"",
                "{\"id\":\"c2\",\"title\":\"T\",\"text\":\"Kestrel sued",
                "{\"id\" \"c3\"}",
                "{\"id\":\"c4\",\"title\":\"T\",",
                "{\"id\":\"c5\",\"tags\":[\"a\","));
        List<ReadOutcome> out = read(f);
        assertEquals("cut.jsonl:4: not valid JSON (the line ends inside an object)", problem(out.get(3)).substring(dir.toString().length() + 1));
        assertEquals("cut.jsonl:5: not valid JSON (the line ends inside a list)", problem(out.get(4)).substring(dir.toString().length() + 1));
        assertEquals("cut.jsonl:1: not valid JSON (the line ends inside an object)", problem(out.get(0)).substring(dir.toString().length() + 1));
        assertEquals("cut.jsonl:2: not valid JSON (the line ends inside a string)", problem(out.get(1)).substring(dir.toString().length() + 1));
        assertTrue(problem(out.get(2)).contains("cut.jsonl:3: not valid JSON at column 7 ("), problem(out.get(2)));
        for (ReadOutcome o : out) {
            assertTrue(!problem(o).contains("Source") && !problem(o).contains("REDACTED"), problem(o));
        }
    }

    @Test
    void aLatin1FileNamesTheOffsetOfItsFirstByteThatIsNotUtf8() throws IOException {
        Path text = Files.write(dir.resolve("latin.txt"), "Caf\u00e9 title\nbody".getBytes(StandardCharsets.ISO_8859_1));
        Path lines = Files.write(dir.resolve("latin.jsonl"), ("{\"id\":\"l1\",\"title\":\"T\",\"text\":\"Body\"}\n"
                + "{\"id\":\"l2\",\"title\":\"Caf\u00e9\",\"text\":\"Body\"}\n"
                + "{\"id\":\"l3\",\"title\":\"T\",\"text\":\"Body\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        List<ReadOutcome> out = read(text, lines);
        assertTrue(problem(out.get(0)).endsWith("latin.txt: not valid UTF-8: the byte at offset 3 (0xE9) is not UTF-8; convert the file to UTF-8"),
                problem(out.get(0)));
        assertEquals("l1", assertInstanceOf(ReadOutcome.Read.class, out.get(1)).article().id());
        assertTrue(problem(out.get(2)).endsWith("latin.jsonl:2: not valid UTF-8: the byte at offset 61 (0xE9) is not UTF-8; convert the file to UTF-8"),
                problem(out.get(2)));
        assertEquals("l3", assertInstanceOf(ReadOutcome.Read.class, out.get(3)).article().id(), "the lines after it are still read");
        assertTrue(!problem(out.get(0)).contains("Input length") && !problem(out.get(2)).contains("Input length"));
    }

    @Test
    void aUtf16FileIsNamedAsUtf16WithTheAdviceToConvertIt() throws IOException {
        Path bom = Files.write(dir.resolve("bom.txt"), "Kestrel buys Halcyon\nBody.".getBytes(StandardCharsets.UTF_16));
        Path noBom = Files.write(dir.resolve("nobom.txt"), "Kestrel buys Halcyon\nBody.".getBytes(StandardCharsets.UTF_16LE));
        Path lines = Files.write(dir.resolve("wide.jsonl"), "{\"id\":\"w1\",\"title\":\"T\",\"text\":\"Body\"}\n".getBytes(StandardCharsets.UTF_16));
        List<ReadOutcome> out = read(bom, noBom, lines);
        assertEquals(3, out.size());
        for (ReadOutcome o : out) {
            assertTrue(problem(o).contains(": UTF-16 text, not UTF-8; convert the file to UTF-8"), problem(o));
        }
    }

    @Test
    void walksFoldersInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "B\nbody");
        Files.writeString(dir.resolve("a.txt"), "A\nbody");
        Files.writeString(dir.resolve(".hidden.txt"), "H\nbody");
        List<String> ids = read(dir).stream().map(o -> assertInstanceOf(ReadOutcome.Read.class, o).article().id()).toList();
        assertEquals(List.of("a", "b"), ids);
    }

    @Test
    void reportsAMissingInput() {
        assertTrue(problem(read(dir.resolve("nope.txt")).get(0)).contains("no such file"));
    }
}
