package org.dealgraph.mention;

import org.dealgraph.store.MergeDecisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A user's own files as spreadsheet programs save them: UTF-8 with a byte order mark before the first line. */
class UserFilesTest {
    @TempDir
    Path dir;

    @Test
    void aGazetteerWithAByteOrderMarkKeepsItsFirstEntry() throws IOException {
        Path file = Files.writeString(dir.resolve("g.tsv"), "\uFEFFkelvaro-labs\torganization\tKelvaro Labs\tKelvaro\t\tID\n");
        Gazetteer g = Gazetteer.bundled().with(file);
        assertEquals("kelvaro-labs", g.lookup("Kelvaro Labs").get(0).id());
    }

    @Test
    void mergeDecisionsWithAByteOrderMarkKeepTheirFirstLine() throws IOException {
        Path file = Files.writeString(dir.resolve("d.tsv"), "\uFEFFmerge\tBeta Holdings Group\tbeta\n");
        MergeDecisions d = MergeDecisions.load(file);
        assertEquals(1, d.decisions().size());
        assertEquals("merge", d.decisions().get(0).action());
    }
}
