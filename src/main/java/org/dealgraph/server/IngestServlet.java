package org.dealgraph.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.article.JsonLinesArticleReader;
import org.dealgraph.article.PlainTextArticleReader;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.store.IngestReport;
import org.dealgraph.store.WriteFailedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /dealgraph/ingest}: articles into the running server's store. A plain-text body
 * ({@code text/plain}, first line the title) is one article whose id is the {@code id} query
 * parameter; a JSON Lines body ({@code application/x-ndjson} or {@code application/jsonl}) holds
 * many. Clients authenticate with {@code Authorization: Bearer <token>}. Each request's articles
 * are written in transactions, so queries running meanwhile see none or all of an article. The
 * answer is JSON: articles stored and skipped, triples, and each problem; a 200 means every
 * stored article is durable. If a write fails (a full disk: 507; a store that takes no more
 * writes since one did: 503), the answer is the same JSON with what was committed before the
 * failure, and an {@code error}.
 */
final class IngestServlet extends HttpServlet {
    static final long MAX_BODY = 16L * 1024 * 1024;
    /** HTTP 507: the store could not take the articles (a full disk). */
    static final int INSUFFICIENT_STORAGE = 507;
    private final transient BearerToken token;
    private final transient ArticleSink sink;

    IngestServlet(BearerToken token, ArticleSink sink) {
        this.token = token;
        this.sink = sink;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!token.admits(req, resp)) {
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + MAX_BODY + " bytes; send JSON Lines in parts");
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        List<Article> articles = new ArrayList<>();
        List<ArticleProblem> problems = new ArrayList<>();
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl") || type.startsWith("application/json-lines")) {
            String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    collect(JsonLinesArticleReader.parse("request", i + 1, lines[i]), articles, problems);
                }
            }
        } else if (type.startsWith("text/plain")) {
            String id = req.getParameter("id");
            if (id == null || id.isBlank()) {
                error(resp, HttpServletResponse.SC_BAD_REQUEST, "a text/plain article needs an id: POST /dealgraph/ingest?id=...");
                return;
            }
            collect(PlainTextArticleReader.parse(id.strip(), "request " + id.strip(), body), articles, problems);
        } else {
            error(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "send text/plain (one article) or application/x-ndjson (JSON Lines)");
            return;
        }
        IngestReport report;
        String failure = null;
        int status;
        try {
            report = sink.ingest(articles);
            status = articles.isEmpty() && !problems.isEmpty() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK;
        } catch (WriteFailedException e) {
            // the articles of earlier transactions are durable: the answer says which, as JSON
            report = e.committed().orElse(new IngestReport(0, 0, 0, 0, 0, List.of()));
            failure = e.getMessage();
            status = e.diskFull() ? INSUFFICIENT_STORAGE : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        problems.addAll(report.problems());
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        try (JsonGenerator json = new JsonFactory().createGenerator(resp.getOutputStream())) {
            json.writeStartObject();
            json.writeNumberField("stored", report.stored());
            json.writeNumberField("new", report.added());
            json.writeNumberField("changed", report.changed());
            json.writeNumberField("reextracted", report.reextracted());
            json.writeNumberField("skipped", report.skipped());
            json.writeNumberField("triples", report.triples());
            json.writeArrayFieldStart("problems");
            for (ArticleProblem p : problems) {
                json.writeString(p.toString());
            }
            json.writeEndArray();
            if (failure != null) {
                json.writeStringField("error", failure);
            }
            json.writeEndObject();
        }
    }

    private static void collect(ReadOutcome o, List<Article> articles, List<ArticleProblem> problems) {
        if (o instanceof ReadOutcome.Read r) {
            articles.add(r.article());
        } else if (o instanceof ReadOutcome.Failed f) {
            problems.add(f.problem());
        }
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        BearerToken.error(resp, status, message);
    }
}
