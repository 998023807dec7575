package org.dealgraph.bench;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Virtuoso open source (the Debian package {@code virtuoso-opensource}), when {@code virtuoso-t}
 * and {@code isql-vt} are on the PATH: a server of its own in a folder of its own, loaded with
 * Virtuoso's bulk loader ({@code ld_dir}, {@code rdf_loader_run}, {@code checkpoint}) and queried
 * at its built-in {@code /sparql} endpoint. It answers a query that runs out of time with part of
 * the answer and an {@code X-SQL-State} header; the benchmark counts that as an error.
 */
final class VirtuosoStore implements PeerStore {
    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final Process server;

    /** Whether Virtuoso is installed here. */
    static boolean available() {
        return onPath("virtuoso-t") && onPath("isql-vt");
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    /** Starts a Virtuoso server with its database in {@code dir}, allowed to read files in {@code dataDir}. */
    VirtuosoStore(Path dir, Path dataDir, Duration timeout) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            sqlPort = freePort();
            httpPort = freePort();
            long heapBuffers = 170_000; // 8 KB pages: about 1.4 GB, Virtuoso's advice for a machine with a few GB to spare
            String ini = String.join("\n",
                    "[Database]", "DatabaseFile = " + dir.resolve("virtuoso.db"), "ErrorLogFile = " + dir.resolve("virtuoso.log"),
                    "LockFile = " + dir.resolve("virtuoso.lck"), "TransactionFile = " + dir.resolve("virtuoso.trx"),
                    "xa_persistent_file = " + dir.resolve("virtuoso.pxa"),
                    "[TempDatabase]", "DatabaseFile = " + dir.resolve("virtuoso-temp.db"), "TransactionFile = " + dir.resolve("virtuoso-temp.trx"),
                    "[Parameters]", "ServerPort = " + sqlPort, "DisableUnixSocket = 1", "DirsAllowed = ., " + dataDir.toAbsolutePath(),
                    "NumberOfBuffers = " + heapBuffers, "MaxDirtyBuffers = " + heapBuffers * 3 / 4, "CheckpointInterval = 60",
                    "[HTTPServer]", "ServerPort = 127.0.0.1:" + httpPort, "ServerRoot = " + dir, "ServerThreads = 10", "MaxClientConnections = 10",
                    "[SPARQL]", "ResultSetMaxRows = 10000000", "MaxQueryExecutionTime = " + Math.max(1, timeout.toSeconds()),
                    "MaxQueryCostEstimationTime = 0", "");
            Path iniFile = dir.resolve("virtuoso.ini");
            Files.writeString(iniFile, ini);
            server = new ProcessBuilder("virtuoso-t", "+foreground", "+configfile", iniFile.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("server.out").toFile()).start();
            for (int i = 0; ; i++) {
                if (isql("status();", false)) {
                    break;
                }
                if (i > 120 || !server.isAlive()) {
                    server.destroyForcibly();
                    throw new DealGraphException("Virtuoso did not start; see " + dir.resolve("server.out"));
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot start Virtuoso in " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DealGraphException("interrupted while starting Virtuoso", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private boolean isql(String sql, boolean required) {
        String out;
        try {
            out = isqlOutput(sql);
        } catch (DealGraphException e) {
            if (required) {
                throw e;
            }
            return false;
        }
        boolean ok = !out.contains("*** Error") && !out.contains("Connect failed");
        if (!ok && required) {
            throw new DealGraphException("Virtuoso failed on " + sql + ": " + out.strip());
        }
        return ok;
    }

    @Override
    public String name() {
        return "virtuoso";
    }

    @Override
    public long load(Path nquads) {
        Path file = nquads.toAbsolutePath();
        // counted in SQL: a SPARQL count of a large store would meet the query timeout
        long before = count("SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;");
        isql("ld_dir('" + file.getParent() + "', '" + file.getFileName() + "', 'urn:dealgraph:unused'); rdf_loader_run(); checkpoint;", true);
        if (count("SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;") > 0) {
            throw new DealGraphException("Virtuoso could not load " + file + ": " + isqlOutput("SELECT ll_error FROM DB.DBA.load_list;").strip());
        }
        return count("SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;") - before;
    }

    private long count(String sql) {
        String out = isqlOutput(sql);
        return out.lines().map(String::strip).filter(l -> l.matches("\\d+")).mapToLong(Long::parseLong).findFirst()
                .orElseThrow(() -> new DealGraphException("Virtuoso did not answer " + sql + ": " + out.strip()));
    }

    private String isqlOutput(String sql) {
        try {
            Process p = new ProcessBuilder("isql-vt", Integer.toString(sqlPort), "dba", "dba", "exec=" + sql).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new DealGraphException("cannot run isql-vt: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DealGraphException("interrupted", e);
        }
    }

    @Override
    public String serve() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    @Override
    public void close() {
        isql("shutdown;", false);
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
    }
}
