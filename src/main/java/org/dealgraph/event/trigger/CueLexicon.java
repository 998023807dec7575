package org.dealgraph.event.trigger;

import org.dealgraph.DealGraphException;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;

import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One language's cue lexicon, the lines of {@code data/lang/<code>/cues.tsv} in file order:
 * relation, event, frame, status, confidence, regex, tab-separated. Immutable.
 */
public record CueLexicon(Language language, List<Cue> cues) {
    public CueLexicon {
        Objects.requireNonNull(language, "language");
        cues = List.copyOf(cues);
    }

    /**
     * The lexicon of a language profile.
     *
     * @throws DealGraphException if a cue line is malformed (the message names file and line)
     */
    public static CueLexicon of(LanguageProfile profile) {
        return new CueLexicon(profile.language(), parse(profile.language(), profile.entries(LanguageProfile.File.CUES),
                n -> profile.where(LanguageProfile.File.CUES, n)));
    }

    /** The gap cues, matched against the whole text between two adjacent parties, in lexicon order. */
    public List<Cue> gapCues() {
        return cues.stream().filter(c -> c.frame().gap()).toList();
    }

    /**
     * The cues of one language's {@code cues.tsv} lines (header and comments left out).
     *
     * @throws DealGraphException if a line is malformed, naming {@code source} and the cue's number
     */
    public static List<Cue> parse(Language language, List<String> lines, String source) {
        return parse(language, lines, n -> source + ": cue " + (n + 1));
    }

    /** As {@link #parse(Language, List, String)}, each line's place given by {@code where} from its index in {@code lines}. */
    private static List<Cue> parse(Language language, List<String> lines, java.util.function.IntFunction<String> whereOf) {
        List<Cue> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String[] f = line.split("\t", -1);
            String where = whereOf.apply(n);
            if (f.length != 6 && f.length != 7) {
                throw new DealGraphException(where + ": a cue line has 6 or 7 tab-separated fields, found " + f.length);
            }
            try {
                Optional<RelationType> relation = f[0].equals("-") ? Optional.empty() : Optional.of(RelationType.fromLocalName(f[0]));
                Optional<EventType> event = switch (f[1]) {
                    case "-" -> relation.flatMap(RelationType::event);
                    case "none" -> Optional.empty();
                    default -> Optional.of(eventType(f[1]));
                };
                Frame frame = org.dealgraph.text.TableFields.constant(Frame.class, f[2], "frame");
                Optional<DealStatus> status = f[3].equals("-") ? Optional.empty()
                        : Optional.of(org.dealgraph.text.TableFields.constant(DealStatus.class, f[3], "status"));
                double conf = org.dealgraph.text.TableFields.confidence(f[4]);
                Pattern p = Pattern.compile(frame.gap() ? "(?iu)(?:" + f[5] + ")"
                        : "(?iu)(?<![\\p{L}\\p{N}])(?:" + f[5] + ")(?:(?<=\\s)|(?![\\p{L}\\p{N}]))");
                Set<EntityType> subjects = f.length == 7 ? org.dealgraph.text.TableFields.constants(EntityType.class, f[6], "subject type") : Set.of();
                out.add(new Cue(Set.of(language), relation, event, frame, status, conf, f[5], p, where, subjects));
            } catch (RuntimeException e) {
                throw new DealGraphException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static EventType eventType(String name) {
        for (EventType t : EventType.values()) {
            if (t.localName().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type " + name);
    }
}
