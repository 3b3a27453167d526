package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks a corpus file given with -Djlua.corpus=PATH (for instance fuzzed chunks run through
 * corpus.lua); skipped without it. Reports every mismatch at once.
 */
class ExternalCorpusTest {

  @Test
  void matchesLua51OnExternalCorpus() throws IOException {
    String path = System.getProperty("jlua.corpus");
    assumeTrue(path != null && !path.isEmpty(), "no -Djlua.corpus given");
    List<String> mismatches = new ArrayList<>();
    String text = Files.readString(Path.of(path), StandardCharsets.ISO_8859_1);
    Path tmp = Files.createTempFile("corpus", ".txt");
    Files.writeString(tmp, text, StandardCharsets.ISO_8859_1);
    int count = 0;
    for (Corpus.Entry e : Corpus.loadFile(tmp)) {
      count++;
      String actual = SyntaxErrorCorpusTest.verdict(e.chunk());
      if (!actual.equals(e.expected())) {
        mismatches.add(e.label() + "\n    lua5.1: " + e.expected() + "\n    ours:   " + actual);
      }
    }
    Files.delete(tmp);
    assertEquals("", String.join("\n", mismatches.subList(0, Math.min(30, mismatches.size()))),
        mismatches.size() + " of " + count + " differ");
  }
}
