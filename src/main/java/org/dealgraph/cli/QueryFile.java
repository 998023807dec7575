package org.dealgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A SPARQL query file named on the command line ({@code query FILE.rq}, {@code export --query FILE.rq}), read as UTF-8. */
final class QueryFile {
    private QueryFile() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws CommandLine.ParameterException (exit 2, one line) where there is no such file, it is not UTF-8 text, it
     *                                        cannot be read, or it holds nothing but blank lines and comments
     */
    static String read(CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no query file at " + file);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "query file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read query file " + file + ": " + e.getMessage());
        }
        // a file of comments and blank lines alone parses as an empty SPARQL update, which would then be refused as one
        if (text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "query file " + file + " holds no query");
        }
        return text;
    }
}
