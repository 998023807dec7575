package org.dealgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.Amount;
import org.dealgraph.event.Event;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Sentence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Maps one article's extraction to RDF: the graph of that article alone. Entities get IRIs from
 * their keys ({@code https://w3id.org/dealgraph/id/<key>}), so the same company in two articles
 * is one node; articles, events, amounts and evidence get IRIs from the article id. Every
 * symmetric relation is written both ways round. Every
 * relation has an {@code dg:Assertion} (an RDF reification) carrying its provenance: the
 * article, the sentence, the extractor and a confidence.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionMapper {
    public Model map(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dg", DG.NS);
        m.setNsPrefix("schema", DG.SCHEMA);
        m.setNsPrefix("rdfs", RDFS.uri);
        Article a = x.text().article();
        Resource article = m.createResource(articleIri(a.id()), DG.Article);
        article.addProperty(RDF.type, ResourceFactory.createResource(DG.SCHEMA + "NewsArticle"));
        article.addProperty(DCTerms.identifier, a.id());
        if (!a.title().isBlank()) {
            article.addProperty(DG.headline, a.title());
        }
        article.addProperty(DG.language, x.text().language().code());
        article.addProperty(DG.contentHash, contentHash(a));
        article.addProperty(DG.extractorVersion, x.extractor());
        if (!a.url().isEmpty()) {
            article.addProperty(DG.url, m.createTypedLiteral(a.url(), XSDDatatype.XSDanyURI));
        }
        a.date().ifPresent(d -> article.addProperty(DG.datePublished, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));

        Map<String, Resource> nodes = new HashMap<>();
        for (Entity e : x.entities()) {
            Resource r = m.createResource(entityIri(e.key()), DG.entityClass(e.type()));
            r.addProperty(RDFS.label, e.name());
            for (String alias : e.aliases()) {
                if (!alias.equals(e.name())) {
                    r.addProperty(SKOS.altLabel, alias);
                }
            }
            if (!e.wikidata().isEmpty()) {
                r.addProperty(OWL.sameAs, m.createResource(DG.WIKIDATA + e.wikidata()));
            }
            if (!e.country().isEmpty()) {
                r.addProperty(DG.country, e.country());
            }
            article.addProperty(e.type() == EntityType.OUTLET ? DG.cites : DG.mentions, r);
            nodes.put(e.key(), r);
        }

        List<Sentence> sentences = x.text().sentences();
        String base = encode(a.id()) + "/";
        int n = 0;
        for (Relation rel : x.relations()) {
            Resource s = nodes.get(rel.subject());
            Resource o = nodes.get(rel.object());
            s.addProperty(DG.relation(rel.type()), o);
            if (rel.type().symmetric()) {
                // materialized both ways, so that SPARQL without a reasoner finds it from either side
                o.addProperty(DG.relation(rel.type()), s);
            }
            Resource fact = m.createResource(DG.FACT + base + (++n), DG.Assertion);
            fact.addProperty(RDF.subject, s).addProperty(RDF.predicate, DG.relation(rel.type())).addProperty(RDF.object, o);
            provenance(m, fact, article, sentences.get(rel.sentence()), rel.extractor(), rel.confidence());
        }
        int e = 0;
        int amounts = 0;
        for (Event ev : x.events()) {
            Resource node = m.createResource(DG.EVENT + base + (++e), DG.eventClass(ev.type()));
            for (Participant p : ev.participants()) {
                Resource who = nodes.get(p.entity());
                node.addProperty(DG.participant, who);
                node.addProperty(DG.role(p.role()), who);
            }
            node.addProperty(DG.status, DG.status(ev.status()));
            ev.date().ifPresent(d -> node.addProperty(DG.date, dateLiteral(m, d)));
            if (ev.amount().isPresent()) {
                node.addProperty(DG.amount, amount(m, DG.AMOUNT + base + (++amounts), ev.amount().get()));
            }
            provenance(m, node, article, sentences.get(ev.sentences().get(0)), ev.extractor(), ev.confidence());
        }
        for (Amount am : x.amounts()) {
            if (x.events().stream().noneMatch(ev -> ev.amount().filter(am::equals).isPresent())) {
                article.addProperty(DG.property("statesAmount"), amount(m, DG.AMOUNT + base + (++amounts), am));
            }
        }
        return m;
    }

    /**
     * The canonical lexical form of an {@code xsd:decimal}: no trailing zeros after the point, and at least one digit
     * after it ("40000000.0", "1.5"). TDB2 stores a decimal by value and gives it back in this form, and a quad written
     * as "40000000" can then be neither matched nor deleted (Apache Jena issue 3404): a changed article's old amount
     * would stay in its graph.
     */
    public static String canonicalDecimal(java.math.BigDecimal value) {
        java.math.BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 1 ? v.setScale(1) : v).toPlainString();
    }

    private static Resource amount(Model m, String iri, Amount am) {
        Resource r = m.createResource(iri, DG.MonetaryAmount);
        r.addProperty(DG.value, m.createTypedLiteral(canonicalDecimal(am.value()), XSDDatatype.XSDdecimal));
        r.addProperty(DG.currency, am.currency());
        r.addProperty(DG.evidence, am.text());
        am.period().ifPresent(p -> r.addProperty(DG.period, m.createTypedLiteral(p, XSDDatatype.XSDduration)));
        return r;
    }

    private static void provenance(Model m, Resource node, Resource article, Sentence s, String extractor, double confidence) {
        node.addProperty(DG.sourceArticle, article);
        node.addProperty(DG.evidence, s.text());
        node.addLiteral(DG.sentenceIndex, m.createTypedLiteral(s.index()));
        node.addProperty(DG.extractor, extractor);
        node.addProperty(DG.confidence, m.createTypedLiteral(Math.round(confidence * 1000) / 1000.0));
    }

    private static Literal dateLiteral(Model m, String d) {
        if (d.matches("\\d{4}")) {
            return m.createTypedLiteral(d, XSDDatatype.XSDgYear);
        }
        if (d.matches("\\d{4}-\\d{2}")) {
            return m.createTypedLiteral(d, XSDDatatype.XSDgYearMonth);
        }
        if (d.startsWith("--")) {
            return m.createTypedLiteral(d, XSDDatatype.XSDgMonthDay);
        }
        return m.createTypedLiteral(d, XSDDatatype.XSDdate);
    }

    public static String entityIri(String key) {
        return DG.ID + encode(key);
    }

    public static String articleIri(String id) {
        return DG.ARTICLE + encode(id);
    }

    public static String graphIri(String id) {
        return DG.GRAPH + encode(id);
    }

    /**
     * The SHA-256 of what the article says (id, title, body, url, date, language), in hex. The
     * extractor that read it is stored beside it ({@code dg:extractorVersion}), not mixed in, so
     * that a store can tell a changed article from a changed extractor.
     */
    public static String contentHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {a.id(), a.title(), a.body(), a.url(), a.date().map(Object::toString).orElse(""), a.lang()}) {
                md.update((byte) 0);
                md.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Percent-encodes everything but unreserved IRI characters; the dots of "." and ".." too, which would otherwise be
     * dot-segments that resolving or normalizing an IRI removes ({@code .../graph/..} is {@code .../}; RFC 3986 5.2.4).
     */
    static String encode(String s) {
        if (s.equals(".") || s.equals("..")) {
            return s.replace(".", "%2E");
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
