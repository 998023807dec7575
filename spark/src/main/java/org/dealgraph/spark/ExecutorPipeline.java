package org.dealgraph.spark;

import org.dealgraph.Pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Pipeline} per JVM and settings: an executor builds it from the job jar on its first
 * task and every later task, on every core, reuses it (a pipeline is immutable and thread-safe).
 * Design decision: models are loaded from the jar rather than broadcast; they are resources of
 * the jar that every executor has anyway, and a broadcast would copy them once more.
 */
final class ExecutorPipeline {
    private static final Map<PipelineSettings, Pipeline> BUILT = new ConcurrentHashMap<>();

    private ExecutorPipeline() {
    }

    static Pipeline get(PipelineSettings settings) {
        return BUILT.computeIfAbsent(settings, PipelineSettings::build);
    }
}
