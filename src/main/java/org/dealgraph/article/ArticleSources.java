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
 * Turns the paths a user names into articles: folders are walked (in name order, symbolic links
 * followed, a link to nothing or to a folder that holds the input a problem; hidden files skipped, and every TDB2 store folder in them, one holding a {@value #STORE_LOCK} file, such as the
 * store being written: {@code ingest --store db .}; of a store folder given as the input itself, its
 * lock file and {@code Data-NNNN} folders), {@code .jsonl}/{@code .ndjson} files are read
 * as JSON Lines, every other file as plain text. A path that does not exist becomes a problem, like
 * any bad input.
 */
public final class ArticleSources {
    /** The lock file TDB2 keeps at the top of a store folder: a folder holding one is a store. */
    public static final String STORE_LOCK = "tdb.lock";
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
            List<ArticleProblem> unreadable = new ArrayList<>();
            List<Path> files = files(input, unreadable);
            return Stream.concat(unreadable.stream().map(ReadOutcome.Failed::new), files.stream().flatMap(this::readFile));
        }
        return readFile(input);
    }

    private Stream<ReadOutcome> readFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? jsonLines.read(file) : text.read(file);
    }

    /**
     * The files under {@code folder}, in name order, symbolic links followed (a linked folder is walked like any other; a
     * break-it tester's finding: they were skipped unsaid); an entry that cannot be read (a link to nothing, a link back
     * to a folder above it, a folder without permission) goes to {@code unreadable}, and the walk goes on.
     */
    private static List<Path> files(Path folder, List<ArticleProblem> unreadable) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                private boolean holdsInput(Path dir) {
                    try {
                        return folder.toRealPath().startsWith(dir.toRealPath());
                    } catch (IOException e) {
                        return false;
                    }
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        unreadable.add(new ArticleProblem(dir.toString(), "cannot read folder: " + e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(folder.relativize(file))) {
                        unreadable.add(new ArticleProblem(file.toString(), e instanceof java.nio.file.FileSystemLoopException
                                ? "a link to a folder that holds it: not walked again"
                                : e instanceof java.nio.file.NoSuchFileException ? "a link to nothing: no such file or folder"
                                : "cannot read: " + e.getMessage()));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }


                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && holdsInput(dir)) {
                        // a link up to a folder that holds the input ("up -> ..", "root -> /") would walk far beyond it
                        unreadable.add(new ArticleProblem(dir.toString(), "a link to a folder that holds the input folder: not walked"));
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    // a store's own files are no articles, whether it is the one being written or another; a store folder
                    // named as the input itself ("ingest --store . .") is read but for the store's data folders
                    boolean store = !dir.equals(folder) && Files.exists(dir.resolve(STORE_LOCK))
                            || dir.getParent() != null && Files.exists(dir.getParent().resolve(STORE_LOCK))
                            && dir.getFileName().toString().matches("Data-\\d+");
                    return store ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() && !hidden(folder.relativize(file))) {
                        // followed links give their targets' attributes: a link seen as one is a link to nothing
                        unreadable.add(new ArticleProblem(file.toString(), "a link to nothing: no such file or folder"));
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    if (hidden(folder.relativize(file)) || file.getFileName().toString().equals(STORE_LOCK)) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                    } else {
                        // a named pipe, a socket or a device (a link to /dev/zero): no article file, and never read, since
                        // reading one may block or not end; said, not skipped unsaid
                        unreadable.add(new ArticleProblem(file.toString(), "not a regular file (a pipe, socket or device): not read"));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        files.sort(null);
        return files;
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
