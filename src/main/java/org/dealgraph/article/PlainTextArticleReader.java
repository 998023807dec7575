package org.dealgraph.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one article from a plain-text file: the first line is the title, the rest is the body (a
 * file of one line is a headline-only article, its body empty). A file whose first line is blank
 * has no title: all of its text is body (an untitled article, read as body by the pipeline). Other
 * leading white space on the first line is ignored. An optional header
 * line {@code Date: YYYY-MM-DD}, the first non-blank line after the title, gives the publication
 * date and is not part of the body; a {@code Date:} line that does not hold such a date makes the
 * article a problem. The article id is the file name without its extension. The file must be
 * UTF-8; HTML character references in the title and body ({@code AT&amp;T}, {@code &#8220;}) are
 * decoded, once, and a title or body that holds HTML markup is read as the text a browser shows; a file that is a whole web
 * page (a doctype, an {@code <html>} tag, a head or body element) is a problem.
 */
public final class PlainTextArticleReader implements ArticleReader {
    /**
     * A whole web page or XML document, no article's text: a doctype, an {@code <html>} or XML declaration first, or a
     * head or body element. A body that holds some markup ({@code <p>...</p>}) is read as its text ({@link TextDecoding#markupText}).
     */
    private static final java.util.regex.Pattern HTML = java.util.regex.Pattern.compile(
            "(?i)^\\s*(<!doctype html|<html|<\\?xml)|<(head|body|meta)\\b[^>]*>.*</\\2>", java.util.regex.Pattern.DOTALL);

    /**
     * Largest file read, in bytes: room for the pipeline's longest article ({@code Pipeline.MAX_CHARS}, a million characters) in
     * UTF-8 and some markup; a larger file is a problem, unread, so memory per file stays bounded (as
     * {@code JsonLinesArticleReader}'s longest line).
     */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    @Override
    public Stream<ReadOutcome> read(Path file) {
        String id = idOf(file);
        byte[] bytes;
        try {
            // a file larger than any article can be is not read into memory at all (a 3 GB file beside the articles ended the
            // whole run with an OutOfMemoryError: a break-it tester's finding)
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Stream.of(failed(file, "file too large for an article (" + size + " bytes, at most " + MAX_BYTES + ")"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Stream.of(failed(file, "cannot read file: " + e.getMessage()));
        }
        return Stream.of(parse(id, file.toString(), bytes));
    }

    /**
     * One article from the bytes of a plain-text document (a file, an HTTP request body): the
     * first line is the title, the rest the body, and a blank first line means no title;
     * problems name {@code source}.
     */
    public static ReadOutcome parse(String id, String source, byte[] bytes) {
        String[] problem = new String[1];
        Optional<String> decoded = TextDecoding.decode(bytes, problem);
        if (decoded.isEmpty()) {
            return new ReadOutcome.Failed(new ArticleProblem(source, problem[0]));
        }
        String text = decoded.get().replace("\r\n", "\n").replace('\r', '\n');
        String stripped = text.strip();
        if (HTML.matcher(stripped.length() > 2000 ? stripped.substring(0, 2000) : stripped).find()) {
            return new ReadOutcome.Failed(new ArticleProblem(source, "HTML, not plain text: give the article's text (title line, then body)"));
        }
        if (stripped.isEmpty()) {
            return new ReadOutcome.Failed(new ArticleProblem(source, "no text (only white space)"));
        }
        int firstNewline = text.indexOf('\n');
        if (firstNewline >= 0 && text.substring(0, firstNewline).isBlank()) {
            stripped = "\n" + stripped; // untitled: the title is the blank first line
        }
        int newline = stripped.indexOf('\n');
        String title = TextDecoding.titleText(newline < 0 ? stripped : stripped.substring(0, newline).strip());
        String body = newline < 0 ? "" : stripped.substring(newline + 1).strip();
        Optional<LocalDate> date = Optional.empty();
        Matcher header = DATE_HEADER.matcher(body);
        if (header.lookingAt()) {
            String value = header.group(1).strip();
            try {
                date = Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return new ReadOutcome.Failed(new ArticleProblem(source, "the Date line after the title holds '" + value
                        + "', not a date as YYYY-MM-DD (e.g. Date: 2020-08-17)"));
            }
            body = body.substring(header.end()).strip();
        }
        body = TextDecoding.unescapeHtml(body).strip();
        if (title.isEmpty() && body.isEmpty()) {
            return new ReadOutcome.Failed(new ArticleProblem(source, "no text (only white space and character references)"));
        }
        return new ReadOutcome.Read(new Article(id, title, body, "", date, ""), source);
    }

    /** The optional header line after the title: {@code Date:} (any case) and the rest of the line. */
    private static final Pattern DATE_HEADER = Pattern.compile("(?i)date:[ \\t]*([^\\n]*)(\\n|$)");

    static String idOf(Path file) {
        return idOf(file.getFileName().toString());
    }

    /** The article id a file of this name gets: the name without its last extension. */
    public static String idOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static ReadOutcome failed(Path file, String problem) {
        return new ReadOutcome.Failed(new ArticleProblem(file.toString(), problem));
    }
}
