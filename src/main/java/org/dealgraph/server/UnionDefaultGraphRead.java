package org.dealgraph.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Fuseki's read-only Graph Store Protocol, where {@code ?default} is the default graph that
 * queries see: the union of the article graphs (TDB2 stores nothing in the real default graph).
 */
final class UnionDefaultGraphRead extends GSP_R {
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dsg = super.decideDataset(action);
        if (action.getRequestParameter("default") == null) {
            return dsg;
        }
        return new DatasetGraphWrapper(dsg) {
            @Override
            public Graph getDefaultGraph() {
                return dsg.getUnionGraph();
            }
        };
    }
}
