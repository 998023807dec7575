package org.dealgraph.bench;

import java.nio.file.Path;

/** A store a user might pick instead of ours, loaded with the same N-Quads and asked the same queries over HTTP. */
interface PeerStore extends AutoCloseable {
    String name();

    /** Loads the file the way that store loads bulk data; returns the statements loaded. */
    long load(Path nquads);

    /** Starts answering SPARQL queries over HTTP ({@code GET ?query=}); returns the query URL. */
    String serve();

    @Override
    void close();
}
