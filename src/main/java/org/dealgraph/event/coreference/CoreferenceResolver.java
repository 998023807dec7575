package org.dealgraph.event.coreference;

import org.dealgraph.event.Party;

import java.util.Optional;

/**
 * Finds the party a trigger's missing subject refers to: a reference word ("the company",
 * "perseroan", "pihaknya", "he") to an earlier mention, looking backward only. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Optional<Party> subject = resolver.resolve(new MissingSubject(text, sentence, parties, previous, focus, ...));
 * }</pre>
 */
@FunctionalInterface
public interface CoreferenceResolver {
    /** The subject, a mention at or before the trigger's sentence; empty when none can be told. */
    Optional<Party> resolve(MissingSubject gap);
}
