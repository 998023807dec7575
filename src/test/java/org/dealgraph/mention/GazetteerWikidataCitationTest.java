package org.dealgraph.mention;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Wikidata id in the bundled {@code organizations.tsv} must be cited in the file's header: a comment line
 * {@code #   <id> <QID>: <where>} naming the public source that lists that QID for that entity (issue 13). An id
 * without such a line, or a line whose id or QID matches no row, is a problem.
 */
class GazetteerWikidataCitationTest {
    /** A citation line: {@code #}, spaces, the gazetteer id, the QID, a colon and a non-empty source. */
    private static final Pattern CITATION = Pattern.compile("^#\\s+(\\S+)\\s+(Q[1-9][0-9]*):\\s*\\S.*$");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final int WIKIDATA_COLUMN = 4;

    /** The problems of one gazetteer file's text, one sentence each; empty when every id is cited. */
    static List<String> citationProblems(String tsv) {
        Map<String, Set<String>> cited = new HashMap<>();
        Map<String, String> rows = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : tsv.split("\n", -1)) {
            if (line.startsWith("#")) {
                Matcher m = CITATION.matcher(line);
                if (m.matches()) {
                    cited.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
                }
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (line.isBlank() || cols[0].equals("id")) {
                continue;
            }
            String qid = cols.length > WIKIDATA_COLUMN ? cols[WIKIDATA_COLUMN].strip() : "";
            rows.put(cols[0], qid);
            if (qid.isEmpty()) {
                continue;
            }
            if (!QID.matcher(qid).matches()) {
                problems.add(cols[0] + " has a malformed Wikidata id " + qid);
            } else if (!cited.getOrDefault(cols[0], Set.of()).contains(qid)) {
                problems.add(cols[0] + " " + qid + " has no citation line");
            }
        }
        cited.forEach((id, qids) -> qids.forEach(qid -> {
            if (!qid.equals(rows.get(id))) {
                problems.add("the citation of " + id + " " + qid + " matches no row");
            }
        }));
        return problems;
    }

    private static String bundledOrganizations() throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.BUNDLED + "organizations.tsv")) {
            assertNotNull(in, "organizations.tsv on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyWikidataIdOfTheBundledOrganizationsIsCited() throws IOException {
        String tsv = bundledOrganizations();
        assertEquals(List.of(), citationProblems(tsv));
        long ids = tsv.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1))
                .filter(c -> c.length > WIKIDATA_COLUMN && QID.matcher(c[WIKIDATA_COLUMN]).matches()).count();
        assertTrue(ids >= 60, "cited Wikidata ids: " + ids);
    }

    @Test
    void anIdWithoutACitationLineIsReported() {
        String tsv = "#   acme Q7: some/repo/path.md @ 0123abcd\n"
                + "id\ttype\tname\taliases\twikidata\tcountry\n"
                + "acme\tORGANIZATION\tAcme\t\tQ7\tUS\n"
                + "kelana\tORGANIZATION\tKelana\t\tQ42\tID\n";
        assertEquals(List.of("kelana Q42 has no citation line"), citationProblems(tsv));
    }

    @Test
    void aCitationOfAnotherQidDoesNotCount() {
        String tsv = "#   acme Q8: some/repo/path.md @ 0123abcd\n"
                + "acme\tORGANIZATION\tAcme\t\tQ7\tUS\n";
        assertEquals(List.of("acme Q7 has no citation line", "the citation of acme Q8 matches no row"), citationProblems(tsv));
    }

    @Test
    void aCitationLineNeedsASource() {
        String tsv = "#   acme Q7:\n"
                + "acme\tORGANIZATION\tAcme\t\tQ7\tUS\n";
        assertEquals(List.of("acme Q7 has no citation line"), citationProblems(tsv));
    }

    @Test
    void rowsWithoutAnIdNeedNoCitation() {
        assertEquals(List.of(), citationProblems("acme\tORGANIZATION\tAcme\t\t\tUS\n"));
    }
}
