package org.dealgraph.mention;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.InSpanGenerator;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

import java.util.Map;

/**
 * OpenNLP's dictionary feature ({@link DictionaryFeatureGenerator}: is this token at the start of,
 * or inside, a phrase of the dictionary) with a feature prefix of its own, so that one name finder
 * can learn from several word lists at once: the gazetteer's organizations apart from its people,
 * given names apart from legal forms. OpenNLP's own {@code DictionaryFeatureGeneratorFactory} gives
 * every dictionary the same (empty) prefix, which would merge them into one feature.
 *
 * <p>Used from a name finder's feature descriptor:
 * <pre>{@code
 * <generator class="org.dealgraph.mention.PrefixedDictionaryFeatureGeneratorFactory">
 *   <str name="dict">gazetteer-organization.dictionary</str>
 *   <str name="prefix">organization</str>
 * </generator>
 * }</pre>
 * The dictionary travels inside the model as an artifact, so a trained model decodes with the
 * lists it was trained with, whatever gazetteer the pipeline is given later. Instances are created
 * by OpenNLP's descriptor reader.
 *
 * <p>Design decision: a subclass of OpenNLP's generator factory rather than a feature generator of
 * our own: the features are OpenNLP's ({@link InSpanGenerator}, as in {@link DictionaryFeatureGenerator}),
 * and so are the spans, found by {@link PrunedDictionaryNameFinder} (OpenNLP's matching without its
 * wasted lookups) instead of OpenNLP's {@code DictionaryNameFinder}.
 */
public final class PrefixedDictionaryFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("dict");
        Object resource = resourceManager == null ? null : resourceManager.getResource(name);
        if (!(resource instanceof Dictionary dictionary)) {
            throw new InvalidFormatException("the name finder's dictionary " + name + " is missing from the model");
        }
        // DictionaryFeatureGenerator is InSpanGenerator over OpenNLP's DictionaryNameFinder; the pruned
        // finder gives the same spans with a fraction of the lookups
        return new InSpanGenerator(getStr("prefix"), new PrunedDictionaryNameFinder(dictionary));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new DictionarySerializer());
    }
}
