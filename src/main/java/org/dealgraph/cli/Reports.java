package org.dealgraph.cli;

import org.dealgraph.article.ArticleProblem;
import org.dealgraph.store.IngestReport;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a run's problems to standard error and its summary line to standard output; counts in words. */
final class Reports {
    private Reports() {
    }

    static int print(CommandSpec spec, IngestReport r, String summary) {
        for (ArticleProblem p : r.problems()) {
            spec.commandLine().getErr().println("dealgraph: " + p);
        }
        spec.commandLine().getOut().println(summary);
        spec.commandLine().getOut().flush();
        return r.failed() == 0 ? Main.OK : Main.FAILED;
    }

    /**
     * An amount's lexical form (an {@code xsd:decimal} or {@code xsd:double} as the store gives it back, e.g.
     * "322000000000.0" or "3.22E11") as a person writes the number: "322000000000", "1.5". A form that is no
     * number is returned as it is.
     */
    static String amount(String lexical) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(lexical.strip()).stripTrailingZeros();
            return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    /** A count with its noun, singular for one: "1 article", "2 articles", "0 articles". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
