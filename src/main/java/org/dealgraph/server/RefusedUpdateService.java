package org.dealgraph.server;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/** {@code /dealgraph/update}: there, so that a client trying an update learns why it cannot (405), not that nothing is there. */
final class RefusedUpdateService extends ActionService {
    @Override
    public void validate(HttpAction action) {
        action.setResponseHeader("Allow", "");
        ServletOps.errorMethodNotAllowed("read-only endpoint: SPARQL Update is not accepted (articles go in with 'dealgraph ingest')");
    }

    @Override
    public void execute(HttpAction action) {
        validate(action);
    }

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }
}
