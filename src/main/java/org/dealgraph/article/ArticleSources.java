package org.dealgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the paths a user names into articles: folders are walked (hidden files skipped, in name
 * order), {@code .jsonl}/{@code .ndjson} files are read as JSON Lines, every other file as plain
 * text. A path that does not exist becomes a problem, like any bad input.
 */
public final class ArticleSources {
    private final ArticleReader text = new PlainTextArticleReader();
    private final ArticleReader jsonLines = new JsonLinesArticleReader();

    /** All outcomes of all inputs, lazily; close the stream when done. */
    public Stream<ReadOutcome> read(List<Path> inputs) {
        return inputs.stream().flatMap(this::readOne);
    }

    private Stream<ReadOutcome> readOne(Path input) {
        if (!Files.exists(input)) {
            return Stream.of(new ReadOutcome.Failed(new ArticleProblem(input.toString(), "no such file or folder")));
        }
        if (Files.isDirectory(input)) {
            return files(input).stream().flatMap(this::readFile);
        }
        return readFile(input);
    }

    private Stream<ReadOutcome> readFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? jsonLines.read(file) : text.read(file);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted()
                    .forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
