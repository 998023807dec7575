package org.dealgraph.spark;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * The job's command line, for {@code spark-submit --class org.dealgraph.spark.ExtractJob
 * dealgraph-spark.jar [OPTIONS] INPUT OUTPUT}: thin, it maps options onto
 * {@link ExtractionJobSettings} and calls {@link SparkExtraction#run}. The master and resources
 * are spark-submit's to set.
 */
@Command(name = "dealgraph-spark", mixinStandardHelpOptions = true,
        description = {"Extract articles on Spark: N-Quads (one named graph per article) for 'dealgraph load', Parquet tables of",
                "relations, events and failures, under OUTPUT. A later run into the same OUTPUT extracts only new or changed",
                "articles. Exit code 1 if any record or article failed (see OUTPUT/failures; the others are written)."})
public final class ExtractJob implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "Articles: a path, glob or Hadoop URI (hdfs://, s3a://).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The job's folder (path or Hadoop URI); runs accumulate in it.")
    String output;

    @Option(names = "--format", defaultValue = "JSONL", description = "JSONL, PARQUET or TEXT (a folder of text files) (default: ${DEFAULT-VALUE}).")
    InputFormat format;

    @Option(names = "--run", paramLabel = "NAME", description = "This run's name; later runs must sort after it (default: the UTC time).")
    String run;

    @Option(names = "--threshold", defaultValue = "0.4", description = "Drop facts below this confidence (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--rules-only", description = "Extract with the hand-written rules alone.")
    boolean rulesOnly;

    @Option(names = "--no-compress", description = "Write .nq rather than .nq.gz.")
    boolean noCompress;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not started by spark-submit, e.g. local[2].")
    String master;

    @Override
    public Integer call() {
        ExtractionJobSettings settings = ExtractionJobSettings.of(input, format, output)
                .withPipeline(new PipelineSettings(threshold, rulesOnly)).withCompress(!noCompress);
        if (run != null) {
            settings = settings.withRun(run);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("dealgraph extract");
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long start = System.nanoTime();
            SparkRunReport report = SparkExtraction.run(spark, settings);
            System.out.printf("%s in %.1f s%n", report.summary(), (System.nanoTime() - start) / 1e9);
            return report.failed() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
