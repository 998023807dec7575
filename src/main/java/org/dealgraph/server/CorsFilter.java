package org.dealgraph.server;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Fuseki's CORS filter with Fuseki's default settings, except that browsers' scripts may also
 * read {@value ReadOnlyQueryService#HEADER}. Design decision: Fuseki takes other settings only
 * from a properties file on disk, which a library should not have to write.
 */
final class CorsFilter extends CrossOriginFilter {
    private static final Map<String, String> SETTINGS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin, Last-Modified, Authorization",
            EXPOSED_HEADERS_PARAM, "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma, "
                    + ReadOnlyQueryService.HEADER,
            CHAIN_PREFLIGHT_PARAM, "false");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }
}
