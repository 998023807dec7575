package org.dealgraph.cli;

/** The example queries the demo answers on the console. */
final class Examples {
    private Examples() {
    }

    static final String PARTNERS = """
            PREFIX dg: <https://w3id.org/dealgraph#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?a ?b WHERE {
              ?x dg:partnersWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b . FILTER(STR(?a) < STR(?b))
            } ORDER BY ?a ?b""";

    static final String PAYMENTS = """
            PREFIX dg: <https://w3id.org/dealgraph#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            SELECT DISTINCT ?payer ?payee ?value ?currency ?period WHERE {
              ?e a dg:Payment ; dg:payer ?p ; dg:payee ?q .
              ?p rdfs:label ?payer . ?q rdfs:label ?payee .
              OPTIONAL { ?e dg:amount ?m . ?m schema:value ?value ; schema:currency ?currency . OPTIONAL { ?m dg:period ?period } }
            } ORDER BY ?payer ?payee ?value""";
}
