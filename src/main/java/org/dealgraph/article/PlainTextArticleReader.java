package org.dealgraph.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads one article from a plain-text file: the first non-blank line is the title, the rest is
 * the body. The article id is the file name without its extension. The file must be UTF-8.
 */
public final class PlainTextArticleReader implements ArticleReader {

    @Override
    public Stream<ReadOutcome> read(Path file) {
        String id = idOf(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Stream.of(failed(file, "cannot read file: " + e.getMessage()));
        }
        return Stream.of(parse(id, file.toString(), bytes));
    }

    /**
     * One article from the bytes of a plain-text document (a file, an HTTP request body): the
     * first non-blank line is the title, the rest the body; problems name {@code source}.
     */
    public static ReadOutcome parse(String id, String source, byte[] bytes) {
        String[] problem = new String[1];
        Optional<String> decoded = TextDecoding.decode(bytes, problem);
        if (decoded.isEmpty()) {
            return new ReadOutcome.Failed(new ArticleProblem(source, problem[0]));
        }
        String text = decoded.get().replace("\r\n", "\n").replace('\r', '\n');
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return new ReadOutcome.Failed(new ArticleProblem(source, "no text (only white space)"));
        }
        int newline = stripped.indexOf('\n');
        String title = newline < 0 ? stripped : stripped.substring(0, newline).strip();
        String body = newline < 0 ? "" : stripped.substring(newline + 1).strip();
        if (body.isEmpty()) {
            return new ReadOutcome.Failed(new ArticleProblem(source, "no body: the text holds a title line only"));
        }
        return new ReadOutcome.Read(Article.of(id, title, body));
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static ReadOutcome failed(Path file, String problem) {
        return new ReadOutcome.Failed(new ArticleProblem(file.toString(), problem));
    }
}
