package org.dealgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Query latency over HTTP: for each query, {@code clients} threads each send it {@code rounds}
 * times (after one warm-up request), and the figures are the median and 99th percentile of all
 * those requests' times, from sending to the last byte of the answer. A query whose warm-up
 * request fails or takes longer than the timeout is not timed further: its figures are -1. The
 * clients stop early once a query has been timed for as long as the timeout (a slow query then
 * has fewer requests, as the figures say).
 */
final class QueryBench {
    /** A query by name. */
    record NamedQuery(String name, String sparql) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int clients;
    private final int rounds;
    private final Duration timeout;

    QueryBench(int clients, int rounds, Duration timeout) {
        this.clients = clients;
        this.rounds = rounds;
        this.timeout = timeout;
    }

    List<BenchReport.QueryFigure> measure(String store, String dataset, long triples, String url, List<NamedQuery> queries) throws InterruptedException {
        List<BenchReport.QueryFigure> out = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (NamedQuery q : queries) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").timeout(timeout).build();
                Answer warmUp = send(request);
                int rows = rows(warmUp);
                if (rows < 0) {
                    out.add(new BenchReport.QueryFigure(store, dataset, q.name(), triples, 1, 1, -1, -1, -1,
                            warmUp.failure().orElse("the answer is not SPARQL JSON results")));
                    continue;
                }
                java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>("");
                List<Long> times = Collections.synchronizedList(new ArrayList<>());
                AtomicInteger errors = new AtomicInteger();
                List<Future<?>> running = new ArrayList<>();
                long deadline = System.nanoTime() + timeout.toNanos();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        for (int r = 0; r < rounds && (r == 0 || System.nanoTime() < deadline); r++) {
                            long t0 = System.nanoTime();
                            Answer answer = send(request);
                            times.add(System.nanoTime() - t0);
                            if (answer.failure().isPresent()) {
                                errors.incrementAndGet();
                                firstFailure.compareAndSet("", answer.failure().get());
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        errors.incrementAndGet();
                        firstFailure.compareAndSet("", String.valueOf(e.getCause()));
                    }
                }
                List<Long> sorted = new ArrayList<>(times);
                Collections.sort(sorted);
                out.add(new BenchReport.QueryFigure(store, dataset, q.name(), triples, sorted.size(), errors.get(), rows,
                        ExtractionBench.round(percentile(sorted, 0.5) / 1e6), ExtractionBench.round(percentile(sorted, 0.99) / 1e6),
                        firstFailure.get()));
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** A response, or why there is none. */
    private record Answer(HttpResponse<String> response, String error) {
        /**
         * Why this is not a whole answer: no response (the client's error), a status other than
         * 200, or Virtuoso's partial answer to a query that ran out of time; empty for a whole answer.
         */
        Optional<String> failure() {
            if (response == null) {
                return Optional.of(error);
            }
            if (response.statusCode() != 200) {
                return Optional.of("HTTP " + response.statusCode() + ": " + firstLine(response.body()));
            }
            return response.headers().firstValue("X-SQL-State").map(state -> "partial answer, SQL state " + state);
        }
    }

    private Answer send(HttpRequest request) {
        try {
            return new Answer(http.send(request, HttpResponse.BodyHandlers.ofString()), null);
        } catch (java.io.IOException e) {
            return new Answer(null, e instanceof java.net.http.HttpTimeoutException ? "no answer within " + timeout.toSeconds() + " s" : e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
    }

    static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("(empty body)");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static int rows(Answer answer) {
        if (answer.failure().isPresent()) {
            return -1;
        }
        try {
            JsonNode bindings = JSON.readTree(answer.response().body()).path("results").path("bindings");
            return bindings.size();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(sorted.size() * p) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
