package org.dealgraph.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.corpus.Annotation.AnnotatedAmount;
import org.dealgraph.corpus.Annotation.AnnotatedEntity;
import org.dealgraph.corpus.Annotation.AnnotatedEvent;
import org.dealgraph.corpus.Annotation.AnnotatedRelation;
import org.dealgraph.mention.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads annotation files into {@link Annotation}s. Design decision: the JSON tree is built from
 * Jackson's token stream rather than by {@code readTree}, so that every object keeps the line it
 * starts on and a problem with a mention or relation can name it.
 */
final class AnnotationReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final List<ArticleProblem> problems;
    private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();

    private AnnotationReader(Path file, List<ArticleProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    static Optional<Annotation> read(Path file, List<ArticleProblem> problems) {
        return new AnnotationReader(file, problems).read();
    }

    private Optional<Annotation> read() {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() == null) {
                problems.add(new ArticleProblem(file.toString(), "empty annotation file"));
                return Optional.empty();
            }
            root = tree(p);
            if (p.nextToken() != null) {
                problems.add(at(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                        "not valid JSON: more content after the annotation object"));
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(loc == null ? new ArticleProblem(file.toString(), "not valid JSON: " + e.getOriginalMessage())
                    : at(loc.getLineNr(), loc.getColumnNr(), "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new ArticleProblem(file.toString(), "cannot read annotation file: " + e.getMessage()));
            return Optional.empty();
        }
        if (!root.isObject()) {
            problems.add(at(1, "not a JSON object"));
            return Optional.empty();
        }
        String id = text(root, "id");
        if (id.isEmpty()) {
            id = text(root, "article");
        }
        String sha = text(root, "sha256");
        if (id.isEmpty() || !sha.matches("[0-9a-fA-F]{64}")) {
            problems.add(at(1, id.isEmpty() ? "no \"id\" or \"article\"" : "no \"sha256\" of 64 hex digits"));
            return Optional.empty();
        }
        List<AnnotatedEntity> entities = list(root.path("entities"), this::entity);
        List<AnnotatedRelation> relations = list(root.path("relations"), n -> relation(n, true));
        List<AnnotatedRelation> optional = list(root.path("optional"), n -> relation(n, true));
        List<AnnotatedRelation> non = list(root.path("non_relations"), n -> relation(n, false));
        List<AnnotatedAmount> amounts = list(root.path("amounts"), this::amount);
        List<AnnotatedEvent> events = list(root.path("events"), this::event);
        List<String> annotators = new ArrayList<>();
        root.path("annotators").forEach(a -> annotators.add(a.asText()));
        return Optional.of(new Annotation(file, id, text(root, "article").isEmpty() ? id : text(root, "article"),
                text(root, "corpus"), sha.toLowerCase(), text(root, "lang"), text(root, "source"), text(root, "stratum"),
                annotators, root.path("adjudicated").asBoolean(false), entities, relations, optional, non, amounts, events));
    }

    /** The value at the parser's current token, objects remembering their first line. */
    private JsonNode tree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = NODES.objectNode();
            lines.put(o, p.currentTokenLocation().getLineNr());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                o.set(name, tree(p));
            }
            return o;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = NODES.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                a.add(tree(p));
            }
            return a;
        }
        return JSON.readTree(p);
    }

    /** Each element of an array made into a record; an element that cannot be is a problem at its line and is left out. */
    private <T> List<T> list(JsonNode array, Function<JsonNode, T> make) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : array) {
            try {
                if (!n.isObject()) {
                    throw new IllegalArgumentException("an object expected, found " + n.getNodeType().name().toLowerCase());
                }
                out.add(make.apply(n));
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(at(e instanceof LocatedException le ? le.line : line(n), e.getMessage()));
            }
        }
        return out;
    }

    private AnnotatedEntity entity(JsonNode n) {
        String type = text(n, "type");
        EntityType t = Annotation.entityType(type).orElseThrow(() -> new IllegalArgumentException(
                "entity " + text(n, "name") + ": unknown type '" + type + "' (Organization, Person, Product, Place, NewsOutlet)"));
        List<String> aliases = new ArrayList<>();
        n.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<Span> mentions = new ArrayList<>();
        for (JsonNode m : n.path("mentions")) {
            mentions.add(span(m));
        }
        return new AnnotatedEntity(text(n, "name"), t, aliases, mentions, line(n));
    }

    private AnnotatedRelation relation(JsonNode n, boolean relation) {
        String f = text(n, "factuality");
        Factuality factuality = f.isEmpty() ? (relation ? Factuality.ASSERTED : Factuality.NEGATED)
                : Factuality.fromName(f).orElseThrow(() -> new IllegalArgumentException("unknown factuality '" + f + "'"));
        if (factuality.isRelation() != relation) {
            throw new IllegalArgumentException("factuality '" + f + "' belongs in " + (relation ? "non_relations" : "relations"));
        }
        return new AnnotatedRelation(names(n.path("s")), text(n, "p"), names(n.path("o")), factuality, spans(n.path("evidence")), line(n));
    }

    private AnnotatedAmount amount(JsonNode n) {
        JsonNode v = n.path("value");
        if (!v.isNumber()) {
            throw new IllegalArgumentException("amount without a numeric \"value\"");
        }
        Optional<Span> span = n.has("start") || n.has("end") ? Optional.of(span(n)) : Optional.empty();
        List<AnnotatedAmount> alternatives = new ArrayList<>();
        for (JsonNode alt : n.path("alternatives")) {
            alternatives.add(amount(alt));
        }
        return new AnnotatedAmount(v.decimalValue(), text(n, "currency"), optionalText(n, "period"), span, alternatives, line(n));
    }

    private AnnotatedEvent event(JsonNode n) {
        List<String> participants = new ArrayList<>();
        n.path("participants").forEach(p -> participants.add(p.asText()));
        Map<String, List<String>> roles = new LinkedHashMap<>();
        // a role holds one name or a list of names (two buyers of one deal)
        n.path("roles").fields().forEachRemaining(e -> {
            List<String> names = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(x -> names.add(x.asText()));
            } else {
                names.add(e.getValue().asText());
            }
            roles.put(e.getKey(), List.copyOf(names));
        });
        Optional<Span> trigger = n.path("trigger").isObject() ? Optional.of(span(n.path("trigger"))) : Optional.empty();
        Optional<AnnotatedAmount> amount = n.path("amount").isObject() ? Optional.of(amount(n.path("amount"))) : Optional.empty();
        return new AnnotatedEvent(text(n, "type"), participants, roles, text(n, "status"), trigger, optionalText(n, "date"),
                optionalText(n, "period"), amount, spans(n.path("evidence")), line(n));
    }

    private List<Span> spans(JsonNode array) {
        List<Span> out = new ArrayList<>();
        array.forEach(s -> out.add(span(s)));
        return out;
    }

    private Span span(JsonNode n) {
        if (!isInt(n.path("start")) || !isInt(n.path("end"))) {
            throw new IllegalArgumentException("span without integer \"start\" and \"end\"");
        }
        int line = lines.getOrDefault(n, 0);
        try {
            return new Span(n.path("start").intValue(), n.path("end").intValue(), text(n, "text"), line);
        } catch (IllegalArgumentException e) {
            throw new LocatedException(line, e.getMessage());
        }
    }

    private static boolean isInt(JsonNode n) {
        return n.isIntegralNumber() && n.canConvertToInt();
    }

    private static Set<String> names(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else if (!n.isMissingNode() && !n.isNull()) {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    private static Optional<String> optionalText(JsonNode n, String field) {
        String s = text(n, field);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private int line(JsonNode n) {
        return lines.getOrDefault(n, 0);
    }

    private ArticleProblem at(int line, String problem) {
        return new ArticleProblem(line > 0 ? file + ":" + line : file.toString(), problem);
    }

    private ArticleProblem at(int line, int column, String problem) {
        return new ArticleProblem(file + ":" + line + ":" + column, problem);
    }

    /** A malformed part nested in a larger one: the problem names the nested part's line. */
    private static final class LocatedException extends IllegalArgumentException {
        final int line;

        LocatedException(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
