package org.dealgraph.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.dealgraph.DealGraphException;
import org.dealgraph.text.Language;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The trained models of the pipeline, one file: a zip holding, per language, a name finder
 * ({@code <lang>-names.bin}, OpenNLP's format) and a relation classifier
 * ({@code <lang>-relations.bin}, OpenNLP's binary maxent format) and an event classifier over the
 * same candidate pairs ({@code <lang>-events.bin}) and a mention classifier over the rules' names
 * ({@code <lang>-mentions.bin}, the same format), and {@code bundle.json}, which
 * says what they were trained on (corpus split, article counts, seed, parameters). A language may
 * lack any of the models. {@link #sha256()} is the digest of the file's bytes, part of the extractor's
 * fingerprint.
 *
 * <p>Immutable once loaded; the models inside are read-only and shared by all threads.
 */
public final class ModelBundle {
    /** Where the bundled default lives on the classpath (from {@code data/models/} in the project). */
    public static final String BUNDLED = "/dealgraph/models/dealgraph-models.zip";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The key of {@code bundle.json}'s {@code settings} that says the classifiers saw pairs across sentences ({@link org.dealgraph.event.RelationFeatures}). */
    public static final String REFERENCES = "references";
    /** The settings key that says the relation and event classifiers were trained with the role features. */
    public static final String ROLES = "roleFeatures";

    private final Map<Language, TokenNameFinderModel> nameFinders;
    private final Map<Language, MaxentModel> relationModels;
    private final Map<Language, MaxentModel> eventModels;
    private final Map<Language, MaxentModel> mentionModels;
    private final ObjectNode metadata;
    private final String sha256;

    private ModelBundle(Map<Language, TokenNameFinderModel> nameFinders, Map<Language, MaxentModel> relationModels,
                        Map<Language, MaxentModel> eventModels, Map<Language, MaxentModel> mentionModels, ObjectNode metadata,
                        String sha256) {
        this.nameFinders = Map.copyOf(nameFinders);
        this.relationModels = Map.copyOf(relationModels);
        this.eventModels = Map.copyOf(eventModels);
        this.mentionModels = Map.copyOf(mentionModels);
        this.metadata = metadata.deepCopy();
        this.sha256 = sha256;
    }

    /** A bundle of models just trained, not yet written. */
    public static ModelBundle of(Map<Language, TokenNameFinderModel> nameFinders, Map<Language, MaxentModel> relationModels,
                                 Map<Language, MaxentModel> eventModels, ObjectNode metadata) {
        return of(nameFinders, relationModels, eventModels, Map.of(), metadata);
    }

    /** A bundle of models just trained, not yet written, with mention classifiers ({@link org.dealgraph.mention.MentionClassifier}). */
    public static ModelBundle of(Map<Language, TokenNameFinderModel> nameFinders, Map<Language, MaxentModel> relationModels,
                                 Map<Language, MaxentModel> eventModels, Map<Language, MaxentModel> mentionModels,
                                 ObjectNode metadata) {
        return new ModelBundle(nameFinders, relationModels, eventModels, mentionModels, metadata, "");
    }

    /** The bundle shipped in the jar, or empty when the jar has none. */
    public static Optional<ModelBundle> bundled() {
        try (InputStream in = ModelBundle.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(in.readAllBytes(), BUNDLED));
        } catch (IOException e) {
            throw new DealGraphException("cannot read the bundled models " + BUNDLED, e);
        }
    }

    /**
     * Loads a bundle written by {@link #write}.
     *
     * @throws DealGraphException naming the file when it cannot be read or is not a model bundle
     */
    public static ModelBundle load(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DealGraphException("no model bundle at " + file, e);
        } catch (IOException e) {
            throw new DealGraphException("cannot read model bundle " + file + ": " + e, e);
        }
    }

    private static ModelBundle read(byte[] bytes, String source) throws IOException {
        Map<Language, TokenNameFinderModel> names = new TreeMap<>();
        Map<Language, MaxentModel> relations = new TreeMap<>();
        Map<Language, MaxentModel> events = new TreeMap<>();
        Map<Language, MaxentModel> mentions = new TreeMap<>();
        ObjectNode meta = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                byte[] data = zip.readAllBytes();
                String name = e.getName();
                try {
                    if (name.equals("bundle.json")) {
                        meta = (ObjectNode) JSON.readTree(data);
                    } else if (name.endsWith("-names.bin")) {
                        names.put(language(name, source), new TokenNameFinderModel(new ByteArrayInputStream(data)));
                    } else if (name.endsWith("-relations.bin")) {
                        relations.put(language(name, source), maxent(data));
                    } else if (name.endsWith("-events.bin")) {
                        events.put(language(name, source), maxent(data));
                    } else if (name.endsWith("-mentions.bin")) {
                        mentions.put(language(name, source), maxent(data));
                    }
                } catch (IOException | RuntimeException bad) {
                    if (bad instanceof DealGraphException d) {
                        throw d;
                    }
                    throw new DealGraphException(source + ": " + name + " is not a model OpenNLP can read (" + bad.getClass().getSimpleName()
                            + (bad.getMessage() == null ? "" : ": " + bad.getMessage()) + ")", bad);
                }
            }
        }
        if (meta == null) {
            throw new DealGraphException(source + " is not a dealgraph model bundle (no bundle.json)");
        }
        if (names.isEmpty() && relations.isEmpty() && events.isEmpty()) {
            throw new DealGraphException(source + " holds no model: a bundle holds <lang>-names.bin, <lang>-relations.bin and <lang>-events.bin");
        }
        return new ModelBundle(names, relations, events, mentions, meta, digest(bytes));
    }

    private static MaxentModel maxent(byte[] data) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(data))).getModel();
    }

    private static Language language(String entry, String source) {
        String code = entry.substring(0, entry.indexOf('-'));
        try {
            return Language.of(code);
        } catch (IllegalArgumentException e) {
            throw new DealGraphException(source + ": model " + entry + " is named by no language code (" + e.getMessage() + ")");
        }
    }

    /** Writes the bundle to a file (replacing it atomically where the file system allows). */
    public void write(Path file) {
        try {
            // created with the process's default permissions (a temp file's would be owner-only)
            Path tmp = Files.createFile(file.toAbsolutePath().getParent()
                    .resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part"));
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, "bundle.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
                java.util.SortedSet<Language> all = new java.util.TreeSet<>(nameFinders.keySet());
                all.addAll(relationModels.keySet());
                all.addAll(eventModels.keySet());
                all.addAll(mentionModels.keySet());
                for (Language l : all) { // a fixed order: the same models give the same file
                    if (nameFinders.containsKey(l)) {
                        ByteArrayOutputStream b = new ByteArrayOutputStream();
                        nameFinders.get(l).serialize(b);
                        put(zip, l.code() + "-names.bin", inFixedOrder(b.toByteArray()));
                    }
                    if (relationModels.containsKey(l)) {
                        put(zip, l.code() + "-relations.bin", bytes(relationModels.get(l)));
                    }
                    if (eventModels.containsKey(l)) {
                        put(zip, l.code() + "-events.bin", bytes(eventModels.get(l)));
                    }
                    if (mentionModels.containsKey(l)) {
                        put(zip, l.code() + "-mentions.bin", bytes(mentionModels.get(l)));
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DealGraphException("cannot write model bundle " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(MaxentModel model) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(b)).persist();
        return b.toByteArray();
    }

    /**
     * An OpenNLP model's zip with its entries in a fixed order (the manifest first, then by name)
     * and without entry times: OpenNLP writes its artifacts (the gazetteer dictionaries among them)
     * in hash order, so the same model could give other bytes. The training time in the manifest
     * and the order of each dictionary's entries inside it (OpenNLP's own) still differ.
     */
    private static byte[] inFixedOrder(byte[] model) throws IOException {
        java.util.SortedMap<String, byte[]> entries = new java.util.TreeMap<>(
                java.util.Comparator.comparing((String n) -> !n.equals("manifest.properties")).thenComparing(n -> n));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(model))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(b)) {
            for (var e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return b.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // the same models give the same bytes
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<Language, TokenNameFinderModel> nameFinders() {
        return nameFinders;
    }

    public Map<Language, MaxentModel> relationModels() {
        return relationModels;
    }

    /** The event classifiers (outcomes: event type and direction, or none), per language. */
    public Map<Language, MaxentModel> eventModels() {
        return eventModels;
    }

    /**
     * The mention classifiers ({@link org.dealgraph.mention.MentionClassifier}: outcomes an entity
     * type or none), per language; empty for bundles that predate them.
     */
    public Map<Language, MaxentModel> mentionModels() {
        return mentionModels;
    }

    /** Whether the relation and event classifiers were trained with pairs across sentences; false for bundles that predate them. */
    public boolean crossSentence() {
        return metadata.path("settings").path(REFERENCES).asBoolean(false);
    }

    /**
     * Whether the relation and event classifiers were trained with the role features
     * ({@link org.dealgraph.event.RelationFeatures#withRoles}); false for bundles that predate them.
     */
    public boolean roleFeatures() {
        return metadata.path("settings").path(ROLES).asBoolean(false);
    }

    /** What the models were trained on, as written by the trainer. */
    public ObjectNode metadata() {
        return metadata.deepCopy();
    }

    /** SHA-256 of the bundle file's bytes; empty for a bundle not read from a file. */
    public String sha256() {
        return sha256;
    }
}
