package org.dealgraph;

import org.dealgraph.event.RelationSchema;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerEntry;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageDescriptor;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.OpenNlpLanguageIdentifier;
import org.dealgraph.text.TextAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Everything that decides what a pipeline extracts, as one value: the code version (the Maven
 * project version and {@link #CODE_REVISION}), the SHA-256 of the bytes of every lexicon,
 * gazetteer (bundled and user-added) and model file the pipeline loads, and its settings (the
 * confidence threshold, a replaced gazetteer or language identifier). A stored article whose
 * fingerprint differs from the pipeline's is extracted again on ingest.
 *
 * <p>Computed here and nowhere else ({@link #of(Pipeline.Builder)}); a pipeline exposes its own
 * as {@link Pipeline#fingerprint()}. Immutable; never holds null.
 *
 * <p>Design decision: the bundled folders ({@code dealgraph/gazetteer/}, {@code dealgraph/lexicon/},
 * {@code dealgraph/lang/<code>/}, {@code dealgraph/schema/})
 * are digested whole, whichever files of them a stage reads, so that a new lexicon file needs no
 * new line here; a file no stage reads only costs a needless re-extraction when it changes.
 *
 * @param codeVersion the Maven project version and the code revision, e.g. {@code 0.1.0-SNAPSHOT/r1}
 * @param inputs      name of each file read (a classpath path, {@code gazetteer:N} for the N-th
 *                    user gazetteer, or {@code lang:<code>/<file>} for a user's language file) to the SHA-256 of its bytes, in hex
 *                    (of a user's word file, the SHA-256 of its lines but comments and blank lines; one whose lines are
 *                    the bundled file's is left out, as it changes nothing)
 * @param settings    name of each setting to its value
 */
public record ExtractorFingerprint(String codeVersion, Map<String, String> inputs, Map<String, String> settings) {
    /**
     * Raised whenever a change to the extraction code changes what it extracts, so that stores
     * re-extract their articles even where the project version stays the same (a snapshot).
     */
    public static final int CODE_REVISION = 85;

    private static final String BUILD_PROPERTIES = "/dealgraph/build.properties";

    public ExtractorFingerprint {
        Objects.requireNonNull(codeVersion, "codeVersion");
        inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /**
     * The fingerprint of the pipeline these settings build: reads the code version, every
     * bundled data file and model the pipeline loads and every user gazetteer file.
     *
     * @throws DealGraphException if a bundled file or a user gazetteer cannot be read
     */
    static ExtractorFingerprint of(Pipeline.Builder b, java.util.Optional<org.dealgraph.learning.ModelBundle> models) {
        return of(b, models, b.languageData == null ? LanguageProfiles.bundled() : LanguageProfiles.load(b.languageData));
    }

    /** A language file's lines but its comments and blank lines, each without its line end or byte-order mark. */
    private static String dataLines(String content) {
        return content.replace("\uFEFF", "").lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                .map(String::stripTrailing).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** As {@link #of(Pipeline.Builder, java.util.Optional)}, with the language data the pipeline has read. */
    static ExtractorFingerprint of(Pipeline.Builder b, java.util.Optional<org.dealgraph.learning.ModelBundle> models, LanguageProfiles profiles) {
        Map<String, String> inputs = new TreeMap<>();
        Map<String, String> settings = new TreeMap<>();
        settings.put("threshold", Double.toString(b.threshold));
        models.ifPresentOrElse(m -> {
            // a bundle trained in this process and not yet written has no file digest: what it learned from stands in
            inputs.put("models", m.sha256().isEmpty() ? "unwritten:" + m.metadata().path("trainingDigest").asText() : m.sha256());
            settings.put("modelMinimum", b.nameMinimum + "/" + b.relationMinimum);
            settings.put("mentionClassifier", b.mentionClassifier ? b.mentionMinimum + "/" + b.mentionRetypeMinimum : "off");
            settings.put("namePolicy", Pipeline.DEFAULT_NAME_POLICY + " " + new TreeMap<>(b.namePolicies));
        }, () -> settings.put("models", "none"));
        if (b.gazetteer == null) {
            digestFolder(Gazetteer.BUNDLED + Gazetteer.BUNDLED_FILES.get(0), inputs);
            // the countries the bundled gazetteer takes from the JDK's locale data change with the JDK, not with a file
            settings.put("gazetteer", digest(entries(Gazetteer.bundled()).getBytes(StandardCharsets.UTF_8)));
        } else {
            settings.put("gazetteer", digest(entries(b.gazetteer).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < b.gazetteerFiles.size(); i++) {
            Path file = b.gazetteerFiles.get(i);
            try {
                inputs.put("gazetteer:" + (i + 1), digest(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new DealGraphException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
            }
        }
        digestFolder("/dealgraph/lexicon/first-names.txt", inputs);
        for (Language l : LanguageProfiles.bundledLanguages()) {
            digestFolder(LanguageProfile.bundledFolder(l) + LanguageDescriptor.FILE_NAME, inputs);
        }
        digestFolder(RelationSchema.BUNDLED, inputs);
        if (b.languageData != null) {
            // the user's language files, by their place in the folder
            try (Stream<Path> files = Files.walk(b.languageData)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = b.languageData.relativize(f).toString().replace('\\', '/');
                    byte[] bytes = Files.readAllBytes(f);
                    String fn = f.getFileName().toString();
                    if (LanguageProfile.File.named(fn).isPresent() || fn.equals(LanguageDescriptor.FILE_NAME)) {
                        // a word file or descriptor counts by its data lines: comments and blank lines change no extraction,
                        // and a file whose lines are the bundled file's is no change at all
                        String lines = dataLines(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                        try (java.io.InputStream in = ExtractorFingerprint.class.getResourceAsStream("/dealgraph/lang/" + name)) {
                            if (in != null && dataLines(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).equals(lines)) {
                                continue;
                            }
                        }
                        bytes = lines.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    inputs.put("lang:" + name, digest(bytes));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new DealGraphException("cannot read language data " + b.languageData + ": " + e.getMessage(), e);
            }
        }
        for (String m : TextAnalyzer.models(profiles)) {
            if (m.startsWith(LanguageDescriptor.CLASSPATH)) {
                String resource = m.substring(LanguageDescriptor.CLASSPATH.length());
                inputs.put(resource, digestResource(resource));
            } else {
                try {
                    inputs.put("model:" + m, digest(Files.readAllBytes(Path.of(m))));
                } catch (IOException e) {
                    throw new DealGraphException("cannot read model " + m + ": " + e.getMessage(), e);
                }
            }
        }
        if (b.languages == null) {
            inputs.put(OpenNlpLanguageIdentifier.MODEL, digestResource(OpenNlpLanguageIdentifier.MODEL));
        } else {
            settings.put("languageIdentifier", b.languages.getClass().getName());
        }
        return new ExtractorFingerprint(projectVersion() + "/r" + CODE_REVISION, inputs, settings);
    }

    /**
     * The fingerprint as one string, as stored with each article ({@code dg:extractorVersion}):
     * the code version, then the SHA-256 of the code version, every input and every setting.
     */
    public String value() {
        StringBuilder all = new StringBuilder(codeVersion).append('\n');
        inputs.forEach((k, v) -> all.append(k).append('\t').append(v).append('\n'));
        all.append('\n');
        settings.forEach((k, v) -> all.append(k).append('\t').append(v).append('\n'));
        return "dealgraph/" + codeVersion + "/sha256:" + digest(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value();
    }

    /** The Maven project version this build was made from, or {@code unknown} outside a Maven build. */
    static String projectVersion() {
        try (InputStream in = ExtractorFingerprint.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new DealGraphException("cannot read " + BUILD_PROPERTIES + ": " + e.getMessage(), e);
        }
    }

    /** Digests every file of the classpath folder that holds {@code anchor} (a file in it). */
    private static void digestFolder(String anchor, Map<String, String> inputs) {
        URL url = ExtractorFingerprint.class.getResource(anchor);
        if (url == null) {
            throw new DealGraphException("bundled file " + anchor + " is missing from the classpath");
        }
        String folder = anchor.substring(1, anchor.lastIndexOf('/') + 1);
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        if (!e.isDirectory() && e.getName().startsWith(folder)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                inputs.put("/" + e.getName(), digest(in.readAllBytes()));
                            }
                        }
                    }
                }
            } else {
                Path dir = Path.of(url.toURI()).getParent();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        inputs.put("/" + folder + dir.relativize(f).toString().replace('\\', '/'), digest(Files.readAllBytes(f)));
                    }
                }
            }
        } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
            throw new DealGraphException("cannot read bundled folder " + folder + " (" + url + "): " + e.getMessage(), e);
        }
    }

    private static String digestResource(String name) {
        try (InputStream in = ExtractorFingerprint.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DealGraphException("model " + name + " is missing from the classpath");
            }
            MessageDigest md = sha256();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new DealGraphException("cannot read model " + name + ": " + e.getMessage(), e);
        }
    }

    /** A replaced gazetteer has no file: its entries, in id order, stand for its bytes. */
    private static String entries(Gazetteer g) {
        StringBuilder sb = new StringBuilder();
        g.entries().stream().sorted(java.util.Comparator.comparing(GazetteerEntry::id)).forEach(e -> sb.append(e).append('\n'));
        return sb.toString();
    }

    private static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
