package org.dealgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.dealgraph.store.GraphStore;

/**
 * The analysts' web page at {@code /}: a SPARQL editor over the endpoint, company search, company
 * pages, a graph view with the evidence behind each edge, and export buttons. The page and the
 * browser libraries it uses (WebJars) come from the jar, so it works with no network beyond the
 * server; its data comes from the read-only JSON API of {@link WebApi} under {@code /api/} and
 * from the SPARQL endpoint itself (same origin, so it works with CORS off).
 */
final class WebPage {
    private WebPage() {
    }

    /** Adds the page, its assets and its API to a server under construction. */
    static void install(FusekiServer.Builder builder, GraphStore store, EndpointSettings settings) {
        WebApi api = new WebApi(store, settings);
        Thread warm = new Thread(api::warm, "dealgraph-name-index");
        warm.setDaemon(true);
        warm.start();
        builder.addServlet("/api/*", new WebApiServlet(api, store))
                .addServlet("/webjars/*", new WebAssetServlet("META-INF/resources/webjars"))
                .addServlet("/web/*", new WebAssetServlet("dealgraph/web"))
                // "" is the context root alone: Fuseki keeps "/" for its own 404 of unknown paths
                .addServlet("", new WebAssetServlet("dealgraph/web"));
    }
}
