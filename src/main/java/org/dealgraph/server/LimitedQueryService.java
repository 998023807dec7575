package org.dealgraph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation with a cap on the rows one query returns: a SELECT, CONSTRUCT or
 * DESCRIBE without a LIMIT, or with a larger one, gets the cap as its LIMIT, and the response
 * carries {@value #HEADER} so a client can tell a cut answer from a whole one.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    static final String HEADER = "Dealgraph-Result-Limit";
    private final long limit;

    LimitedQueryService(long limit) {
        this.limit = limit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isAskType() || query.isJsonType()) {
            return;
        }
        if (!query.hasLimit() || query.getLimit() > limit) {
            query.setLimit(limit);
            action.getResponse().setHeader(HEADER, Long.toString(limit));
        }
    }
}
