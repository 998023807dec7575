package org.dealgraph.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines: one article a line, an object with {@code id}, {@code title}, {@code text}
 * and optionally {@code url}, {@code date} (ISO {@code YYYY-MM-DD}) and {@code lang}; an empty or
 * missing {@code text} with a title is a headline-only article. HTML character references in the
 * title and text ({@code AT&amp;T}, {@code &#8220;}) are decoded, once. Lines are
 * read one at a time, so a file of any size streams. A line that is not such an object becomes
 * a problem naming the file and line number; blank lines are skipped.
 */
public final class JsonLinesArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    @Override
    public Stream<ReadOutcome> read(Path file) {
        BufferedReader reader;
        try {
            reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            return Stream.of(new ReadOutcome.Failed(new ArticleProblem(file.toString(), "cannot read file: " + e.getMessage())));
        }
        Spliterator<ReadOutcome> lines = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private int lineNo;
            private boolean done;

            @Override
            public boolean tryAdvance(Consumer<? super ReadOutcome> action) {
                while (!done) {
                    String line;
                    lineNo++;
                    try {
                        line = boundedLine(reader);
                    } catch (IOException e) {
                        done = true;
                        action.accept(failed(file.toString(), lineNo, "unreadable from here on: " + e.getMessage()));
                        return true;
                    }
                    if (line == null) {
                        done = true;
                        return false;
                    }
                    if (line == TOO_LONG) {
                        action.accept(failed(file.toString(), lineNo, "line longer than " + MAX_LINE + " characters; one article a line, please"));
                        return true;
                    }
                    if (!line.isBlank()) {
                        action.accept(parse(file.toString(), lineNo, line));
                        return true;
                    }
                }
                return false;
            }
        };
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Longest line read; a longer one is skipped as a problem, so memory per line stays bounded. */
    static final int MAX_LINE = 8 * 1024 * 1024;
    private static final String TOO_LONG = new String("\u0000too long");

    /** The next line without its end, {@link #TOO_LONG} if it exceeds {@link #MAX_LINE}, or null at the end. */
    private static String boundedLine(BufferedReader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            if (sb.length() < MAX_LINE) {
                sb.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c < 0 && sb.length() == 0 && !tooLong) {
            return null;
        }
        if (tooLong) {
            return TOO_LONG;
        }
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }

    /** One JSON Lines line as an article, or the problem with it naming {@code source} and the line number. */
    public static ReadOutcome parse(String source, int lineNo, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return failed(source, lineNo, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return failed(source, lineNo, "not a JSON object");
        }
        String id = text(node, "id");
        if (id.isBlank()) {
            return failed(source, lineNo, "no \"id\"");
        }
        String title = TextDecoding.unescapeHtml(text(node, "title").strip()).strip();
        String body = TextDecoding.unescapeHtml(text(node, "text").replace("\r\n", "\n").strip()).strip();
        if (body.isEmpty() && title.isEmpty()) {
            return failed(source, lineNo, "article " + id + " has no \"text\" and no \"title\"");
        }
        Optional<LocalDate> date = Optional.empty();
        String dateText = text(node, "date");
        if (!dateText.isBlank()) {
            try {
                date = Optional.of(LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText));
            } catch (DateTimeParseException e) {
                return failed(source, lineNo, "article " + id + " has a date that is not YYYY-MM-DD: " + dateText);
            }
        }
        return new ReadOutcome.Read(new Article(id.strip(), title, body,
                text(node, "url").strip(), date, text(node, "lang").strip().toLowerCase()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    private static ReadOutcome failed(String source, int lineNo, String problem) {
        return new ReadOutcome.Failed(new ArticleProblem(source + ":" + lineNo, problem));
    }
}
