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

    /**
     * The relations the rules alone extract from one made-up article, each as
     * {@code "subject-name relation object-name"} ("Laura Whitfield worksFor Kestrel Dynamics Corp").
     */
    public static java.util.Set<String> ruleRelations(String text, String lang) {
        return relations(rulesOnly(), text, lang);
    }

    /** As {@link #ruleRelations}, with the trained models. */
    public static java.util.Set<String> relations(String text, String lang) {
        return relations(get(), text, lang);
    }

    private static java.util.Set<String> relations(Pipeline p, String text, String lang) {
        org.dealgraph.event.Extraction x = p.extract(
                new org.dealgraph.article.Article("t", "News", text, "", java.util.Optional.empty(), lang));
        java.util.Map<String, String> names = x.entities().stream()
                .collect(java.util.stream.Collectors.toMap(org.dealgraph.entity.Entity::key, org.dealgraph.entity.Entity::name));
        return x.relations().stream().map(r -> names.get(r.subject()) + " " + r.type().localName() + " " + names.get(r.object()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The project folder (Maven runs tests there). */
    public static Path home() {
        return Path.of(System.getProperty("dealgraph.home", ".")).toAbsolutePath();
    }

    public static Path seeds() {
        return home().resolve("data/articles");
    }
}
