package org.dealgraph;

/** Told after each article of an ingest or extract run; for progress displays. Called on the ingesting thread. */
@FunctionalInterface
public interface IngestListener {
    IngestListener NONE = (done, failed) -> { };

    void progress(int done, int failed);
}
