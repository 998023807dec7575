package org.dealgraph.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines: one article a line, an object with {@code id}, {@code title}, {@code text}
 * and optionally {@code url}, {@code date} (ISO {@code YYYY-MM-DD}) and {@code lang}; an empty or
 * missing {@code text} with a title is a headline-only article. HTML character references in the
 * title and text ({@code AT&amp;T}, {@code &#8220;}) are decoded, once. Lines are
 * read one at a time, so a file of any size streams. A line that is not such an object (not JSON,
 * more after the object, a field that is not a string, a line that is not UTF-8, named by the byte offset in the file)
 * becomes a problem naming the file and line number, and the lines after it are still read; blank
 * lines are skipped. A UTF-16 file is one problem naming the file.
 */
public final class JsonLinesArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build())
            // something after the article's object on its line (a second object, a file whose lines end in \r alone, junk) is a
            // problem, not dropped unread (a break-it tester's finding)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Stream<ReadOutcome> read(Path file) {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            return Stream.of(new ReadOutcome.Failed(new ArticleProblem(file.toString(), "cannot read file: " + e.getMessage())));
        }
        Spliterator<ReadOutcome> lines = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            private int lineNo;
            private long offset;
            private boolean done;

            @Override
            public boolean tryAdvance(Consumer<? super ReadOutcome> action) {
                while (!done) {
                    lineNo++;
                    long start = offset;
                    Line next;
                    try {
                        next = boundedLine(in, buffer);
                    } catch (IOException e) {
                        done = true;
                        action.accept(failed(file.toString(), lineNo, "unreadable from here on: " + e.getMessage()));
                        return true;
                    }
                    if (next == null) {
                        done = true;
                        return false;
                    }
                    offset += next.taken();
                    byte[] bytes = buffer.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    if (lineNo == 1 && TextDecoding.isUtf16(bytes, length)) {
                        done = true;
                        action.accept(new ReadOutcome.Failed(new ArticleProblem(file.toString(), TextDecoding.UTF16)));
                        return true;
                    }
                    if (next.tooLong()) {
                        action.accept(failed(file.toString(), lineNo, "line longer than " + MAX_LINE + " bytes; one article a line, please"));
                        return true;
                    }
                    int skip = lineNo == 1 && length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                            && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
                    String[] problem = new String[1];
                    Optional<String> line = TextDecoding.utf8(bytes, skip, length, start + skip, problem);
                    if (line.isEmpty()) {
                        action.accept(failed(file.toString(), lineNo, problem[0]));
                        return true;
                    }
                    if (!line.get().isBlank()) {
                        action.accept(parse(file.toString(), lineNo, line.get()));
                        return true;
                    }
                }
                return false;
            }
        };
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Longest line read, in bytes; a longer one is skipped as a problem, so memory per line stays bounded. */
    static final int MAX_LINE = 8 * 1024 * 1024;

    /** A line read: the bytes it took in the file (with its end), and whether it was longer than {@link #MAX_LINE}. */
    private record Line(long taken, boolean tooLong) {
    }

    /**
     * Reads the next line into {@code line} without its {@code \n} (a {@code \r} before it stays, for the caller
     * to leave out), keeping at most {@link #MAX_LINE} bytes of it; null at the end of the input. A byte 0x0A is never part of a longer
     * UTF-8 sequence, so lines split on bytes.
     */
    private static Line boundedLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        long read = 0;
        int c;
        while ((c = in.read()) >= 0) {
            read++;
            if (c == '\n') {
                break;
            }
            if (line.size() < MAX_LINE) {
                line.write(c);
            }
        }
        if (c < 0 && read == 0) {
            return null;
        }
        return new Line(read, read - (c == '\n' ? 1 : 0) > MAX_LINE);
    }

    /** The fields read, each a string when present (a JSON null is as absent). */
    private static final List<String> STRING_FIELDS = List.of("id", "title", "text", "url", "date", "lang");

    /**
     * One JSON Lines line as an article, or the problem with it naming {@code source} and the line number:
     * a line that is not a JSON object, a field of {@link #STRING_FIELDS} that holds something other than a
     * string (naming the article, when its id is a string, and the field), no id, no title and no text, or
     * a date that is not YYYY-MM-DD.
     */
    public static ReadOutcome parse(String source, int lineNo, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
                return failed(source, lineNo, "more follows the JSON object on this line (one article a line, each line ending in \\n)");
            }
            return failed(source, lineNo, "not valid JSON " + plainly(e));
        } catch (JsonProcessingException e) {
            return failed(source, lineNo, "not valid JSON " + plainly(e));
        }
        if (node == null || !node.isObject()) {
            return failed(source, lineNo, "not a JSON object");
        }
        for (String field : STRING_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                JsonNode id = node.get("id");
                String article = field.equals("id") || id == null || !id.isTextual() || id.asText().isBlank()
                        ? "the article" : "article " + id.asText().strip();
                return failed(source, lineNo, article + " has a \"" + field + "\" that is " + kind(value) + ", not a string");
            }
        }
        String id = text(node, "id");
        if (id.isBlank()) {
            return failed(source, lineNo, "no \"id\"");
        }
        String title = TextDecoding.titleText(text(node, "title").strip());
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
                String written = dateText.length() > 10 ? dateText.substring(0, 10) : dateText;
                // "2024-02-30" is written as YYYY-MM-DD but is no day of the calendar (a fresh-user tester's finding)
                return failed(source, lineNo, "article " + id + (written.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? " has a date that is no day of the calendar: " : " has a date that is not YYYY-MM-DD: ") + dateText);
            }
        }
        return new ReadOutcome.Read(new Article(id.strip(), title, body,
                text(node, "url").strip(), date, text(node, "lang").strip().toLowerCase()), source + ":" + lineNo);
    }

    /** A string field's value, or empty when it is absent or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** What a JSON value that is not a string is, for a message: {@code a number (123)}, {@code an object}. */
    private static String kind(JsonNode value) {
        String shown = value.toString();
        shown = shown.length() > 20 ? shown.substring(0, 20) + "..." : shown;
        if (value.isNumber()) {
            return "a number (" + shown + ")";
        }
        if (value.isBoolean()) {
            return "a boolean (" + shown + ")";
        }
        return value.isArray() ? "a list" : "an object";
    }

    /** Where Jackson's messages name their input ("[Source: REDACTED ...]"), which says nothing to a user. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?start marker at \\[Source:[^\\]]*\\][^)]*\\)?|\\s*\\[Source:[^\\]]*\\]");

    /**
     * A JSON syntax error in plain words: {@code (the line ends inside an object)} for a line cut short,
     * else the column and the parser's description without its notes on the input source.
     */
    private static String plainly(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            JsonToken token = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
            boolean inList = e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                    && parser.getParsingContext().inArray();
            String inside = token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME ? "a string" : inList ? "a list" : "an object";
            return "(the line ends inside " + inside + ")";
        }
        String message = SOURCE.matcher(original).replaceAll("").strip();
        return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? "(" + message + ")"
                : "at column " + e.getLocation().getColumnNr() + " (" + message + ")";
    }

    private static ReadOutcome failed(String source, int lineNo, String problem) {
        return new ReadOutcome.Failed(new ArticleProblem(source + ":" + lineNo, problem));
    }
}
