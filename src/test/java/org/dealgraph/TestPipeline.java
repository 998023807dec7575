package org.dealgraph;

import java.nio.file.Path;

/** One pipeline for the whole test run: models and lexicons load once, as in the application. */
public final class TestPipeline {
    private static Pipeline pipeline;

    private TestPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = Pipeline.builder().build();
        }
        return pipeline;
    }

    /** The project folder (Maven runs tests there). */
    public static Path home() {
        return Path.of(System.getProperty("dealgraph.home", ".")).toAbsolutePath();
    }

    public static Path seeds() {
        return home().resolve("data/articles");
    }
}
