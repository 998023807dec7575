package org.dealgraph.spark;

import org.dealgraph.Pipeline;

import java.io.Serializable;

/**
 * What the executors build their {@link Pipeline} from: the bundled models, lexicons and
 * gazetteer in the job jar, with these settings. Small and serializable, so it travels with the
 * tasks while the pipeline itself is built once per executor JVM.
 *
 * @param threshold facts below this confidence are dropped, as {@code --threshold} does
 * @param rulesOnly extract with the hand-written rules alone, as {@code --rules-only} does
 */
public record PipelineSettings(double threshold, boolean rulesOnly) implements Serializable {
    public PipelineSettings {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
        }
    }

    /** The defaults of {@code dealgraph extract}. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(Pipeline.DEFAULT_THRESHOLD, false);
    }

    Pipeline build() {
        return Pipeline.builder().threshold(threshold).rulesOnly(rulesOnly).build();
    }
}
