package org.dealgraph.export;

import org.dealgraph.DealGraphException;

import java.util.List;

/** An export asked for an entity by a name no entity in the store has; the message names the nearest labels. */
public final class UnknownNameException extends DealGraphException {
    private final List<String> suggestions;

    public UnknownNameException(String name, List<String> suggestions) {
        super("no entity is labelled '" + name + "'" + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ",
                suggestions.stream().map(s -> "'" + s + "'").toList()) + "?"));
        this.suggestions = List.copyOf(suggestions);
    }

    /** Labels in the store near the name asked for, nearest first; may be empty. */
    public List<String> suggestions() {
        return suggestions;
    }
}
