package org.dealgraph.server;

import org.apache.jena.atlas.iterator.Iter;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Fuseki's query operation, read-only and with whole answers:
 * <ul>
 * <li>a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a larger one than the endpoint's
 *     result limit, is cut to that many rows, and only an answer that really lost rows carries
 *     {@value #HEADER};</li>
 * <li>a SELECT answer is held back until it is complete (a capped answer always, an uncapped one
 *     up to {@value #BUFFER_ROWS} rows), so a timeout before its end is a 503, not a cut 200;
 *     a longer uncapped answer is streamed, and a timeout while it streams breaks the connection
 *     (see {@link CutStreamFilter}) so that no client takes it for a whole one;</li>
 * <li>a query longer than {@link ServerLimits#maxQueryLength()} is refused unparsed (413), one of more
 *     parts than {@link ServerLimits#maxQueryElements()} or (unless allowed) with {@code SERVICE} is
 *     refused before it runs (400); the timeout given to a query is what is left of the request's;</li>
 * <li>{@code GET} with no query answers the SPARQL service description;</li>
 * <li>a SPARQL update is refused with 405.</li>
 * </ul>
 */
final class ReadOnlyQueryService extends SPARQL_QueryDataset {
    static final String HEADER = "Dealgraph-Result-Limit";
    static final int BUFFER_ROWS = 10_000;
    /** Request attribute: the row limit this request's query was given (one more row is asked for). */
    private static final String CAP = "dealgraph.cap";

    private final long limit;
    private final Duration timeout;
    private final boolean allowService;
    private final ServerLimits bounds;

    /** {@code limit} 0 for no limit. */
    ReadOnlyQueryService(long limit, Duration timeout) {
        this(limit, timeout, false, ServerLimits.defaults());
    }

    ReadOnlyQueryService(long limit, Duration timeout, boolean allowService, ServerLimits bounds) {
        this.limit = limit;
        this.timeout = timeout;
        this.allowService = allowService;
        this.bounds = bounds;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        // before parsing: parse time grows with the text, and no timeout can stop a parser
        if (queryString != null && queryString.length() > bounds.maxQueryLength()) {
            ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "query of " + queryString.length() + " characters; this endpoint parses at most " + bounds.maxQueryLength());
        }
        super.execute(queryString, action);
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestQueryString() == null) {
            Responses.doResponseGraph(action, ServiceDescription.of(action.getRequestRequestURL(), limit, timeout));
            return;
        }
        super.execGet(action);
    }

    @Override
    public void validate(HttpAction action) {
        String type = action.getRequestContentType() == null ? "" : action.getRequestContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith(WebContent.contentTypeSPARQLUpdate) || action.getRequestParameter("update") != null) {
            action.setResponseHeader("Allow", "GET, POST, OPTIONS");
            ServletOps.errorMethodNotAllowed("read-only endpoint: SPARQL Update is not accepted (articles go in with 'dealgraph ingest')");
        }
        super.validate(action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        QueryShape shape = QueryShape.of(query);
        if (shape.service() && !allowService) {
            ServletOps.errorBadRequest("SERVICE is switched off on this endpoint: it makes no outbound requests (see 'serve --allow-service')");
        }
        if (shape.elements() > bounds.maxQueryElements()) {
            ServletOps.errorBadRequest("query of " + shape.elements() + " parts (patterns, terms, VALUES cells); this endpoint runs at most "
                    + bounds.maxQueryElements());
        }
        // the action's own context, not the dataset's: two endpoints over one store keep their own
        // settings. The timeout is what is left of the request's: parsing and waiting count too.
        action.getContext().set(Service.httpServiceAllowed, allowService);
        action.getContext().set(Service.serviceAllowed, allowService);
        long left = RequestBoundsFilter.remaining(action.getRequest()).toMillis();
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        action.getContext().set(ARQ.queryTimeout, Long.toString(Math.min(timeout.toMillis(), left)));
        if (limit == 0 || query.isAskType() || query.isJsonType()) {
            return;
        }
        if (!query.hasLimit() || query.getLimit() > limit) {
            // one row more than the limit tells a cut answer from one that is exactly as long
            query.setLimit(query.isSelectType() ? limit + 1 : limit);
            action.getRequest().setAttribute(CAP, limit);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec execution, Query query, String queryStringLog) {
        Long cap = (Long) action.getRequest().getAttribute(CAP);
        if (query.isSelectType()) {
            return select(action, execution, cap);
        }
        QueryExecResult result = super.executeQuery(action, execution, query, queryStringLog);
        if (cap != null && (query.isConstructType() || query.isDescribeType()) && query.getQueryPattern() != null
                && moreSolutionsThan(execution, query, cap)) {
            action.setResponseHeader(HEADER, Long.toString(cap));
        }
        return result;
    }

    private QueryExecResult select(HttpAction action, QueryExec execution, Long cap) {
        RowSet rs = execution.select();
        List<Var> vars = rs.getResultVars();
        // hold back: a timeout raised here reaches Fuseki before any byte is sent, as a 503
        long hold = cap != null ? cap + 1 : BUFFER_ROWS;
        List<Binding> head = new ArrayList<>();
        while (head.size() < hold && rs.hasNext()) {
            head.add(rs.next());
        }
        if (cap != null) {
            if (head.size() > cap) {
                head.remove(head.size() - 1);
                action.setResponseHeader(HEADER, Long.toString(cap));
            }
            return new QueryExecResult(RowSetStream.create(vars, head.iterator()));
        }
        Iterator<Binding> rest = new CancellationBreaksStream(action, rs);
        return new QueryExecResult(RowSetStream.create(vars, Iter.concat(head.iterator(), rest)));
    }

    /** Whether the graph query's pattern has a solution past the first {@code cap}: a second, short query. */
    private static boolean moreSolutionsThan(QueryExec execution, Query query, long cap) {
        Query probe = query.cloneQuery();
        probe.setQuerySelectType();
        probe.setQueryResultStar(true);
        probe.setOffset(cap);
        probe.setLimit(1);
        try (QueryExec exec = QueryExec.newBuilder().dataset(execution.getDataset()).query(probe)
                .context(execution.getContext()).build()) {
            return exec.select().hasNext();
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            // a pattern that cannot stand as SELECT * (aggregates): the answer is sent without the header
            return false;
        }
    }

    /**
     * The rest of a streamed answer. Fuseki ends a stream cut by a timeout with a comment and a
     * normal end, which a client reads as a whole 200 answer; this breaks the connection instead.
     * Design decision: Jetty's own abort, as no servlet API call ends a committed response with
     * an error, and Fuseki main always runs on Jetty.
     */
    private static final class CancellationBreaksStream implements Iterator<Binding> {
        private final HttpAction action;
        private final RowSet rs;

        CancellationBreaksStream(HttpAction action, RowSet rs) {
            this.action = action;
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            try {
                return rs.hasNext();
            } catch (QueryCancelledException e) {
                throw broken(e);
            }
        }

        @Override
        public Binding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                return rs.next();
            } catch (QueryCancelledException e) {
                // the timeout may strike between hasNext and next too: then Fuseki's writer ends the body
                // with a comment, as if whole (the test of this failed so, now and then)
                throw broken(e);
            }
        }

        /**
         * The status line said 200 long ago: a body that does not end properly is the only signal HTTP
         * leaves, and every client reports it as an error.
         */
        private QueryCancelledException broken(QueryCancelledException e) {
            ServletContextRequest.getServletContextRequest(action.getRequest()).getServletChannel().abort(e);
            return e;
        }
    }
}
