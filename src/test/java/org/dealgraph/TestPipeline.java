package org.dealgraph;

import java.nio.file.Path;

/** One pipeline for the whole test run: models and lexicons load once, as in the application. */
public final class TestPipeline {
    private static Pipeline pipeline;
    private static Pipeline rulesOnly;

    private TestPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = Pipeline.builder().build();
        }
        return pipeline;
    }

    /** The pipeline without trained models: for tests of what a rule does, whatever a model adds or retypes. */
    public static synchronized Pipeline rulesOnly() {
        if (rulesOnly == null) {
            rulesOnly = Pipeline.builder().rulesOnly(true).build();
        }
        return rulesOnly;
    }

    /** The project folder (Maven runs tests there). */
    public static Path home() {
        return Path.of(System.getProperty("dealgraph.home", ".")).toAbsolutePath();
    }

    public static Path seeds() {
        return home().resolve("data/articles");
    }
}
