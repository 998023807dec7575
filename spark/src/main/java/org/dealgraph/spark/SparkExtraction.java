package org.dealgraph.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dealgraph.BatchExtractor;
import org.dealgraph.DealGraphException;
import org.dealgraph.Pipeline;
import org.dealgraph.article.Article;
import org.dealgraph.article.JsonLinesArticleReader;
import org.dealgraph.article.PlainTextArticleReader;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.Event;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.rdf.ExtractionMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

/**
 * dealgraph's extraction as a Spark job: the same {@link Pipeline} as {@code extract}, built once
 * per executor, over articles read by Spark's own readers. A run writes, under the output folder:
 * <ul>
 *   <li>{@code nquads/run=RUN/part-*.nq.gz}: N-Quads, each article in its own named graph (its
 *       quads together), for {@code dealgraph load} or Jena's TDB2 bulk loaders;</li>
 *   <li>{@code relations/}, {@code events/}: Parquet tables, one row a relation or event, with
 *       the run that wrote it;</li>
 *   <li>{@code failures/}: Parquet, one row a record or article that could not be read or
 *       extracted, with the problem: a run never stops on one bad input;</li>
 *   <li>{@code articles/}: Parquet, each extracted article's content hash and extractor: a later
 *       run into the same folder skips articles whose content and extractor are unchanged.</li>
 * </ul>
 * The tables are appended to by each run; an article changed since an earlier run appears in
 * the relations and events of both, told apart by {@code run} (the latest holds).
 *
 * <p>Stateless; safe to call from several threads with different output folders.
 */
public final class SparkExtraction {
    private static final int CHUNK = 100;
    private static final int RECORD_SNIPPET = 300;

    static final StructType PARSED = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("body", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("date", DataTypes.DateType, true)
            .add("lang", DataTypes.StringType, true)
            .add("content_hash", DataTypes.StringType, true)
            .add("problem", DataTypes.StringType, true)
            .add("record", DataTypes.StringType, true);

    static final StructType RELATION = new StructType()
            .add("article", DataTypes.StringType, false)
            .add("subject", DataTypes.StringType, false)
            .add("subject_iri", DataTypes.StringType, false)
            .add("predicate", DataTypes.StringType, false)
            .add("object", DataTypes.StringType, false)
            .add("object_iri", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("evidence", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, true)
            .add("extractor", DataTypes.StringType, false);

    static final StructType PARTICIPANT = new StructType()
            .add("role", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, false)
            .add("entity_iri", DataTypes.StringType, false);

    static final StructType EVENT = new StructType()
            .add("article", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("participants", DataTypes.createArrayType(PARTICIPANT, false), false)
            .add("status", DataTypes.StringType, false)
            .add("amount", DataTypes.createDecimalType(38, 4), true)
            .add("currency", DataTypes.StringType, true)
            .add("period", DataTypes.StringType, true)
            .add("event_date", DataTypes.StringType, true)
            .add("confidence", DataTypes.DoubleType, false)
            .add("evidence", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, true)
            .add("extractor", DataTypes.StringType, false);

    static final StructType EXTRACTED = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("content_hash", DataTypes.StringType, false)
            .add("extractor", DataTypes.StringType, true)
            .add("triples", DataTypes.LongType, false)
            .add("nquads", DataTypes.StringType, true)
            .add("relations", DataTypes.createArrayType(RELATION, false), false)
            .add("events", DataTypes.createArrayType(EVENT, false), false)
            .add("problem", DataTypes.StringType, true);

    private SparkExtraction() {
    }

    /** Runs the job once; see the class comment for what it writes. */
    public static SparkRunReport run(SparkSession spark, ExtractionJobSettings s) {
        String out = s.output().replaceAll("/+$", "");
        String extractor = ExecutorPipeline.get(s.pipeline()).fingerprint().value();

        Dataset<Row> parsed = read(spark, s).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> readFailures = parsed.filter(col("problem").isNotNull())
                .select(col("source"), coalesce(col("id"), lit("")).as("id"), lit("read").as("stage"), col("problem"), col("record"));
        Dataset<Row> ranked = parsed.filter(col("problem").isNull())
                .withColumn("nth", row_number().over(Window.partitionBy("id").orderBy("source", "content_hash")));
        Dataset<Row> duplicates = ranked.filter(col("nth").gt(1))
                .select(col("source"), col("id"), lit("read").as("stage"),
                        lit("duplicate article id in this run; the first one (by source) was kept").as("problem"), lit(null).cast("string").as("record"));
        Dataset<Row> articles = ranked.filter(col("nth").equalTo(1)).drop("nth", "problem", "record");

        Dataset<Row> todo = articles;
        String state = out + "/articles";
        if (exists(spark, state)) {
            Dataset<Row> previous = spark.read().parquet(state).groupBy("id")
                    .agg(max_by(col("content_hash"), col("run")).as("prev_hash"), max_by(col("extractor"), col("run")).as("prev_extractor"))
                    .withColumnRenamed("id", "prev_id");
            todo = articles.join(previous, col("id").equalTo(col("prev_id")), "left_outer")
                    .filter(col("prev_id").isNull().or(col("content_hash").notEqual(col("prev_hash")))
                            .or(col("prev_extractor").notEqual(lit(extractor))))
                    .drop("prev_id", "prev_hash", "prev_extractor");
        }
        PipelineSettings pipeline = s.pipeline();
        Dataset<Row> extracted = todo.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> extract(rows, pipeline),
                Encoders.row(EXTRACTED)).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> done = extracted.filter(col("problem").isNull());
        Column runName = lit(s.run());

        String nquads = out + "/nquads/run=" + s.run();
        done.select(col("nquads")).write().mode(SaveMode.ErrorIfExists)
                .option("compression", s.compress() ? "gzip" : "none").text(nquads);
        renameParts(spark, nquads, s.compress());
        done.select(explode(col("relations")).as("r")).select("r.*").withColumn("run", runName)
                .write().mode(SaveMode.Append).parquet(out + "/relations");
        done.select(explode(col("events")).as("e")).select("e.*").withColumn("run", runName)
                .write().mode(SaveMode.Append).parquet(out + "/events");
        Dataset<Row> extractFailures = extracted.filter(col("problem").isNotNull())
                .select(col("source"), col("id"), lit("extract").as("stage"), col("problem"), lit(null).cast("string").as("record"));
        Dataset<Row> failures = readFailures.unionByName(duplicates).unionByName(extractFailures).withColumn("run", runName)
                .persist(StorageLevel.MEMORY_AND_DISK());
        failures.write().mode(SaveMode.Append).parquet(out + "/failures");
        Row totals = extracted.agg(sum(when(col("problem").isNull(), 1).otherwise(0)).as("ok"),
                sum(when(col("problem").isNull(), col("triples")).otherwise(0L)).as("triples")).first();
        long ok = totals.isNullAt(0) ? 0 : totals.getLong(0);
        long triples = totals.isNullAt(1) ? 0 : totals.getLong(1);
        long read = parsed.count();
        long skipped = articles.count() - todo.count();
        long failed = failures.count();
        // Design decision: the state table is written last, after every count: a write to a path
        // makes Spark recompute the cached plans that read it, and the plan of this run's articles
        // reads the state of the runs before it.
        done.select(col("id"), col("content_hash"), col("extractor"), col("source"), col("triples")).withColumn("run", runName)
                .write().mode(SaveMode.Append).parquet(state);
        parsed.unpersist();
        extracted.unpersist();
        failures.unpersist();
        return new SparkRunReport(s.run(), read, ok, skipped, failed, triples);
    }

    /** The input as {@link #PARSED} rows: an article, or the problem that kept a record from being one. */
    static Dataset<Row> read(SparkSession spark, ExtractionJobSettings s) {
        InputFormat format = s.format();
        Dataset<Row> raw = switch (format) {
            case JSONL -> spark.read().text(s.input()).select(input_file_name().as("source"), col("value").as("record"));
            // each row as the JSON object a JSON Lines line would be: one parser, one set of rules
            case PARQUET -> spark.read().parquet(s.input()).select(input_file_name().as("source"), to_json(struct(col("*"))).as("record"));
            case TEXT -> spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(s.input())
                    .select(col("path").as("source"), col("content"));
        };
        return raw.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> parse(rows, format), Encoders.row(PARSED));
    }

    private static Iterator<Row> parse(Iterator<Row> rows, InputFormat format) {
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            String source = r.getString(0);
            ReadOutcome outcome;
            String record;
            if (format == InputFormat.TEXT) {
                String name = source.substring(source.lastIndexOf('/') + 1);
                outcome = PlainTextArticleReader.parse(PlainTextArticleReader.idOf(name), source, (byte[]) r.get(1));
                record = null;
            } else {
                record = r.getString(1);
                if (record == null || record.isBlank()) {
                    continue; // blank lines are skipped, as extract skips them
                }
                outcome = JsonLinesArticleReader.parse(source, 0, record);
            }
            if (outcome instanceof ReadOutcome.Read read) {
                Article a = read.article();
                out.add(RowFactory.create(source, a.id(), a.title(), a.body(), a.url(), a.date().map(java.sql.Date::valueOf).orElse(null),
                        a.lang(), ExtractionMapper.contentHash(a), null, null));
            } else if (outcome instanceof ReadOutcome.Failed failed) {
                out.add(RowFactory.create(source, null, null, null, null, null, null, null, failed.problem().problem(),
                        record == null ? null : record.substring(0, Math.min(record.length(), RECORD_SNIPPET))));
            }
        }
        return out.iterator();
    }

    private static Iterator<Row> extract(Iterator<Row> rows, PipelineSettings settings) {
        Pipeline pipeline = ExecutorPipeline.get(settings);
        ExtractionMapper mapper = new ExtractionMapper();
        BatchExtractor batcher = new BatchExtractor(pipeline, 1);
        // chunks, so that a partition of any size is extracted in bounded memory
        return new Iterator<>() {
            private Iterator<Row> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && rows.hasNext()) {
                    List<Row> in = new ArrayList<>(CHUNK);
                    List<Article> articles = new ArrayList<>(CHUNK);
                    while (rows.hasNext() && in.size() < CHUNK) {
                        Row r = rows.next();
                        in.add(r);
                        articles.add(article(r));
                    }
                    List<Row> out = new ArrayList<>(in.size());
                    List<BatchExtractor.Result<Extraction>> results = batcher.extract(articles, Function.identity());
                    for (int i = 0; i < in.size(); i++) {
                        out.add(row(in.get(i), results.get(i), mapper));
                    }
                    chunk = out.iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    private static Article article(Row r) {
        java.sql.Date date = r.getAs("date");
        return new Article(r.getAs("id"), r.getAs("title"), r.getAs("body"), r.getAs("url"),
                Optional.ofNullable(date).map(java.sql.Date::toLocalDate), r.getAs("lang"));
    }

    private static Row row(Row in, BatchExtractor.Result<Extraction> result, ExtractionMapper mapper) {
        String source = in.getAs("source");
        String id = in.getAs("id");
        String hash = in.getAs("content_hash");
        if (result.problem().isPresent()) {
            return RowFactory.create(source, id, hash, null, 0L, null, seq(List.of()), seq(List.of()), result.problem().get().problem());
        }
        Extraction x = result.value().orElseThrow();
        Model m = mapper.map(x);
        java.sql.Date date = x.text().article().date().map(java.sql.Date::valueOf).orElse(null);
        return RowFactory.create(source, id, hash, x.extractor(), m.size(), nquads(id, m),
                seq(relations(x, date)), seq(events(x, date)), null);
    }

    /** The article's graph as N-Quads lines (no final newline: the text writer adds one). */
    static String nquads(String articleId, Model m) {
        Node g = NodeFactory.createURI(ExtractionMapper.graphIri(articleId));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF sink = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
        sink.start();
        m.getGraph().find().forEachRemaining(t -> sink.quad(Quad.create(g, t)));
        sink.finish();
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<Row> relations(Extraction x, java.sql.Date date) {
        Map<String, Entity> entities = x.entities().stream().collect(Collectors.toMap(Entity::key, e -> e, (a, b) -> a));
        String article = x.text().article().id();
        List<Row> rows = new ArrayList<>();
        for (Relation r : x.relations()) {
            Entity s = entities.get(r.subject());
            Entity o = entities.get(r.object());
            rows.add(RowFactory.create(article, s.name(), ExtractionMapper.entityIri(s.key()), r.type().localName(), o.name(),
                    ExtractionMapper.entityIri(o.key()), r.status().localName(), r.confidence(),
                    x.text().sentences().get(r.sentence()).text(), date, r.extractor()));
        }
        return rows;
    }

    private static List<Row> events(Extraction x, java.sql.Date date) {
        Map<String, Entity> entities = x.entities().stream().collect(Collectors.toMap(Entity::key, e -> e, (a, b) -> a));
        String article = x.text().article().id();
        List<Row> rows = new ArrayList<>();
        for (Event ev : x.events()) {
            List<Row> participants = new ArrayList<>();
            for (Participant p : ev.participants()) {
                Entity e = entities.get(p.entity());
                participants.add(RowFactory.create(p.role(), e.name(), ExtractionMapper.entityIri(e.key())));
            }
            BigDecimal amount = ev.amount().map(a -> a.value().setScale(4, RoundingMode.HALF_UP)).orElse(null);
            rows.add(RowFactory.create(article, ev.type().name(), seq(participants), ev.status().localName(),
                    amount, ev.amount().map(a -> a.currency()).orElse(null), ev.amount().flatMap(a -> a.period()).orElse(null),
                    ev.date().orElse(null), ev.confidence(), x.text().sentences().get(ev.sentences().get(0)).text(), date, ev.extractor()));
        }
        return rows;
    }

    /** Spark's rows hold arrays as Scala sequences. */
    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new DealGraphException("cannot look up " + path + ": " + e.getMessage(), e);
        }
    }

    /** Spark's text writer names its files {@code part-*.txt[.gz]}; TDB2's loaders tell N-Quads by {@code .nq[.gz]}. */
    private static void renameParts(SparkSession spark, String folder, boolean gzip) {
        try {
            Path dir = new Path(folder);
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            String from = gzip ? ".txt.gz" : ".txt";
            for (FileStatus f : fs.listStatus(dir)) {
                String name = f.getPath().getName();
                if (name.startsWith("part-") && name.endsWith(from)) {
                    String to = name.substring(0, name.length() - from.length()) + (gzip ? ".nq.gz" : ".nq");
                    if (!fs.rename(f.getPath(), new Path(dir, to))) {
                        throw new DealGraphException("cannot rename " + f.getPath() + " to " + to);
                    }
                }
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot rename the N-Quads files in " + folder + ": " + e.getMessage(), e);
        }
    }
}
