package org.dealgraph.text;

import org.dealgraph.DealGraphException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the typed fields of a language file's table line ({@code cues.tsv}, {@code event-triggers.tsv}),
 * each error saying what the field may hold, for a message that names the file and line.
 */
public final class TableFields {
    private TableFields() {
    }

    /**
     * The constant of {@code type} that {@code value} names, ignoring case and reading a space as an underscore.
     *
     * @throws DealGraphException naming the field and the values it may take
     */
    public static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new DealGraphException("the " + field + " '" + value + "' is none of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + " (in any case)");
    }

    /**
     * The constants of {@code type} that a comma-separated {@code value} names ("ORGANIZATION, PRODUCT"), each read as by
     * {@link #constant}.
     *
     * @throws DealGraphException naming the field and the values it may take, for the first name that is none of them
     */
    public static <E extends Enum<E>> java.util.Set<E> constants(Class<E> type, String value, String field) {
        java.util.Set<E> out = java.util.EnumSet.noneOf(type);
        for (String name : value.split(",")) {
            out.add(constant(type, name, field));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * A confidence: a number from 0 to 1.
     *
     * @throws DealGraphException if {@code value} is no such number
     */
    public static double confidence(String value) {
        try {
            double d = Double.parseDouble(value.strip());
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new DealGraphException("the confidence '" + value + "' is no number from 0 to 1");
    }
}
