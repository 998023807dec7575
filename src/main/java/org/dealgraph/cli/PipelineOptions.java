package org.dealgraph.cli;

import org.dealgraph.learning.ModelBundle;

import org.dealgraph.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options that shape extraction, shared by the commands that extract. */
final class PipelineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer TSV (id, type, name, aliases, wikidata, country); repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.4", description = "Minimum confidence of an asserted fact (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per processor).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
            description = "auto (a display on a terminal), lines (a line per batch, for logs) or none (default: ${DEFAULT-VALUE}).")
    String progress;

    @Option(names = "--models", paramLabel = "FILE",
            description = "A model bundle from 'dealgraph train' to use instead of the bundled models.")
    Path models;

    @Option(names = "--relation-minimum", paramLabel = "P",
            description = "Probability below which the trained relation and event classifiers report nothing (default: the pipeline's, " + org.dealgraph.Pipeline.Builder.DEFAULT_RELATION_MINIMUM + ").")
    Double relationMinimum;

    @Option(names = "--mention-minimum", paramLabel = "P",
            description = "Probability from which the trained mention classifier drops a rule's name as no name (default: the "
                    + "pipeline's, " + Pipeline.Builder.DEFAULT_MENTION_MINIMUM + "); it retypes one only from "
                    + Pipeline.Builder.MENTION_RETYPE_MINIMUM + " (or this, if higher).")
    Double mentionMinimum;

    @Option(names = "--no-mention-classifier", description = "Keep the rules' names as they are, without the trained mention classifier.")
    boolean noMentionClassifier;

    @Option(names = "--rules-only", description = "Extract with the gazetteer and rules only, without trained models.")
    boolean rulesOnly;

    @CommandLine.Mixin
    LanguageDataOption languageData = new LanguageDataOption();

    @Option(names = "--name-minimum", paramLabel = "P", defaultValue = "0.5",
            description = "The probability below which a trained name finder's name is not used (default: ${DEFAULT-VALUE}).")
    double nameMinimum;

    @Option(names = "--name-policy", paramLabel = "LANG=POLICY",
            description = "How the trained name finder meets the gazetteer and rules in one language: FILL (adds names only where "
                    + "they found none), RETYPE (also retypes a rule's name it finds with the same span), REPLACE (its names replace "
                    + "the rules' names they overlap), CONFIRM (REPLACE, and drops a rule's name it does not find) or VERIFY (RETYPE, and "
                    + "drops a rule's name found on no evidence but its capitals that it does not find); the gazetteer's "
                    + "names always stay. Repeatable (default: the language.properties name-policy: RETYPE in English, VERIFY in Indonesian).")
    java.util.Map<String, String> namePolicies = new java.util.LinkedHashMap<>();

    /** The extraction threads, checked: at least one. */
    int threads() {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads takes a number of threads of 1 or more, not " + threads);
        }
        return threads;
    }

    Pipeline build() {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold takes a confidence from 0 to 1, not " + threshold);
        }
        threads();
        if (models != null && rulesOnly) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--models and --rules-only exclude each other: give one");
        }
        if (models != null && !java.nio.file.Files.isRegularFile(models)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no model bundle at " + models + " (make one with 'dealgraph train')");
        }
        for (Path gazetteer : gazetteers) {
            if (!java.nio.file.Files.isRegularFile(gazetteer) || !java.nio.file.Files.isReadable(gazetteer)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--gazetteer: no readable file at " + gazetteer);
            }
        }
        if (!(nameMinimum >= 0 && nameMinimum <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name-minimum takes a probability from 0 to 1, not " + nameMinimum);
        }
        Pipeline.Builder b = Pipeline.builder().threshold(threshold).modelMinimum(nameMinimum, Pipeline.Builder.DEFAULT_RELATION_MINIMUM);
        java.util.Optional<Path> own = languageData.folder();
        own.ifPresent(b::languageData);
        org.dealgraph.text.LanguageProfiles profiles = namePolicies.isEmpty() ? null : languageData.profiles();
        gazetteers.forEach(b::addGazetteer);
        if (models != null) {
            b.models(ModelBundle.load(models));
        }
        b.rulesOnly(rulesOnly);
        if (relationMinimum != null) {
            if (!(relationMinimum >= 0 && relationMinimum <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--relation-minimum takes a probability from 0 to 1, not " + relationMinimum);
            }
            b.relationMinimum(relationMinimum);
        }
        if (rulesOnly && (mentionMinimum != null || noMentionClassifier)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mention-minimum and --no-mention-classifier set the trained "
                    + "mention classifier; --rules-only uses no model: give one");
        }
        if (noMentionClassifier && mentionMinimum != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mention-minimum sets the mention classifier that "
                    + "--no-mention-classifier turns off: give one");
        }
        if (mentionMinimum != null) {
            if (!(mentionMinimum >= 0 && mentionMinimum <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mention-minimum takes a probability from 0 to 1, not " + mentionMinimum);
            }
            b.mentionMinimum(mentionMinimum);
        }
        b.mentionClassifier(!noMentionClassifier);
        if (rulesOnly && !namePolicies.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name-policy says how the trained name finder's names are used; "
                    + "--rules-only uses no model: give one");
        }
        namePolicies.forEach((code, policy) -> b.namePolicy(
                profiles.language(code).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--name-policy: unknown language '" + code + "' (" + profiles.codes() + ")")),
                java.util.Arrays.stream(org.dealgraph.mention.NamePolicy.values()).filter(p -> p.name().equalsIgnoreCase(policy)).findFirst()
                        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                                "--name-policy: unknown policy '" + policy + "' (FILL, RETYPE, REPLACE, CONFIRM or VERIFY)"))));
        return b.build();
    }
}
