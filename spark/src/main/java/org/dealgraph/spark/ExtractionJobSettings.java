package org.dealgraph.spark;

import java.util.Objects;

/**
 * What one run of the Spark job reads and where it writes.
 *
 * @param input    a path or Hadoop URI ({@code hdfs://}, {@code s3a://}, a glob) that Spark's reader for {@code format} accepts
 * @param format   the layout of the input
 * @param output   the job's folder: its tables accumulate over runs (see {@link SparkExtraction})
 * @param run      this run's name, which sorts after earlier runs' (the default is the UTC time)
 * @param pipeline the settings the executors build their pipeline with
 * @param compress gzip the N-Quads files ({@code .nq.gz}, as TDB2's loaders read them)
 */
public record ExtractionJobSettings(String input, InputFormat format, String output, String run, PipelineSettings pipeline,
                                    boolean compress) {
    public ExtractionJobSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(pipeline, "pipeline");
        if (!run.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a run name holds letters, digits, '.', '_' and '-' only: " + run);
        }
    }

    /** A run named by the current UTC time, with the default pipeline and gzip. */
    public static ExtractionJobSettings of(String input, InputFormat format, String output) {
        return new ExtractionJobSettings(input, format, output, timeRun(), PipelineSettings.defaults(), true);
    }

    public ExtractionJobSettings withRun(String r) {
        return new ExtractionJobSettings(input, format, output, r, pipeline, compress);
    }

    public ExtractionJobSettings withPipeline(PipelineSettings p) {
        return new ExtractionJobSettings(input, format, output, run, p, compress);
    }

    public ExtractionJobSettings withCompress(boolean c) {
        return new ExtractionJobSettings(input, format, output, run, pipeline, c);
    }

    static String timeRun() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC));
    }
}
