package org.dealgraph.mention;

import org.dealgraph.DealGraphException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known names. Loaded from tab-separated files with the columns
 * {@code id type name aliases wikidata country} (aliases separated by {@code |}; lines starting
 * with {@code #} are comments). The bundled files live in {@code data/gazetteer/} and ship in the
 * jar; a user adds entries with files of their own ({@link #with(Path)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
    /** The classpath folder of the bundled files. */
    public static final String BUNDLED = "/dealgraph/gazetteer/";
    /** The bundled files {@link #bundled()} reads, in order. */
    public static final List<String> BUNDLED_FILES = List.of("organizations.tsv", "outlets.tsv", "people.tsv", "products.tsv", "places.tsv");

    private final Map<String, GazetteerEntry> byId;
    /** lower-cased name or alias -> entries */
    private final Map<String, List<GazetteerEntry>> byName;
    private final int longestName;

    private Gazetteer(Collection<GazetteerEntry> entries) {
        Map<String, GazetteerEntry> ids = new LinkedHashMap<>();
        Map<String, List<GazetteerEntry>> names = new HashMap<>();
        int longest = 1;
        for (GazetteerEntry e : entries) {
            ids.put(e.id(), e);
        }
        for (GazetteerEntry e : ids.values()) {
            List<String> all = new ArrayList<>(e.aliases());
            all.add(0, e.name());
            for (String n : all) {
                String key = key(n);
                List<GazetteerEntry> list = names.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
                longest = Math.max(longest, n.split("\\s+").length);
            }
        }
        this.byId = Map.copyOf(ids);
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Map.copyOf(names);
        this.longestName = longest;
    }

    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    /** The gazetteer that ships with dealgraph. */
    public static Gazetteer bundled() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String file : BUNDLED_FILES) {
            InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED + file);
            if (in == null) {
                throw new DealGraphException("bundled gazetteer file " + file + " is missing from the classpath");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                entries.addAll(parse(r, file));
            } catch (IOException e) {
                throw new DealGraphException("cannot read bundled gazetteer " + file, e);
            }
        }
        entries.addAll(countries(entries, WordList.bundled("first-names")));
        return new Gazetteer(entries);
    }

    /** The languages whose country names {@link #countries} adds besides English: the bundled ones of {@code data/lang/}. */
    private static List<Locale> countryNameLanguages() {
        return org.dealgraph.text.LanguageProfiles.bundledLanguages().stream().map(l -> Locale.forLanguageTag(l.code())).toList();
    }

    /**
     * Every country and territory of ISO 3166-1 that the files leave out, as a place: its English name and its
     * names in the bundled languages (Indonesian "Swedia" for Sweden), from the JDK's locale data (Unicode CLDR,
     * {@link Locale#getDisplayCountry(Locale)}). A country is left out where one of its names already names an
     * entry of the files (theirs carry aliases and Wikidata items) or its id is one of theirs, or where its name is a given name
     * ({@code first-names.txt}: "Jordan"), which would make a person's first name a place.
     */
    static List<GazetteerEntry> countries(List<GazetteerEntry> known, WordList givenNames) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (GazetteerEntry e : known) {
            ids.add(e.id());
            names.add(key(e.name()));
            e.aliases().forEach(a -> names.add(key(a)));
        }
        List<GazetteerEntry> out = new ArrayList<>();
        List<Locale> languages = countryNameLanguages();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            all.add(english);
            languages.forEach(l -> all.add(country.getDisplayCountry(l)));
            if (english.equals(code) || all.stream().anyMatch(n -> names.contains(key(n)) || givenNames.contains(n))) {
                continue;
            }
            all.remove(english);
            String id = "place-" + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (ids.contains(id)) {
                continue; // the files' entry of that id is the country, under other names
            }
            out.add(new GazetteerEntry(id, EntityType.PLACE, english, List.copyOf(all), "", code));
        }
        return out;
    }

    /** This gazetteer plus the entries of a user's TSV file; an entry with a known id replaces it. */
    public Gazetteer with(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<GazetteerEntry> entries = new ArrayList<>(byId.values());
            entries.addAll(parse(r, file.toString()));
            return new Gazetteer(entries);
        } catch (IOException e) {
            throw new DealGraphException("cannot read gazetteer " + file, e);
        }
    }

    static List<GazetteerEntry> parse(Reader reader, String source) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a byte order mark, as spreadsheet programs write one before UTF-8 text
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new DealGraphException(source + ":" + n + ": a gazetteer line needs at least id, type and name");
            }
            try {
                EntityType type = Arrays.stream(EntityType.values()).filter(t -> t.name().equalsIgnoreCase(f[1].strip())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown type '" + f[1].strip() + "' (a type is one of "
                                + Arrays.stream(EntityType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList() + ")"));
                List<String> aliases = f.length > 3 && !f[3].isBlank()
                        ? Arrays.stream(f[3].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                List<String> owners = f.length > 6 && !f[6].isBlank()
                        ? Arrays.stream(f[6].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                out.add(new GazetteerEntry(f[0].strip(), type, f[2].strip(), aliases,
                        f.length > 4 ? f[4].strip() : "", f.length > 5 ? f[5].strip() : "", owners));
            } catch (IllegalArgumentException e) {
                throw new DealGraphException(source + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A name as looked up: case, runs of spaces and the form of its apostrophes ("McDonald’s", "McDonald's") do not count. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = plainApostrophe(name.charAt(i));
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The typewriter apostrophe for a typographic one or a modifier letter apostrophe; any other character as it is. */
    static char plainApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\'' : c;
    }

    /** Entries that go by {@code name} (case-insensitive). */
    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    public Optional<GazetteerEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** The most tokens any name has: how far a matcher needs to look ahead. */
    public int longestName() {
        return longestName;
    }
}
