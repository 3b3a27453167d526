package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random chunks (token soup, and mutations of the valid corpus) given to lua5.1 and
 * to us: the verdicts must be identical, message for message. Skipped without lua5.1.
 */
class DifferentialFuzzTest {

  private static final int SOUPS = 3000;
  private static final int MUTATIONS_PER_CHUNK = 40;

  @Test
  void sameVerdictsAsLua51() throws Exception {
    Lua51.assumeAvailable();
    Random random = new Random(5_1_5);
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < SOUPS; i++) {
      chunks.add(RandomChunks.tokenSoup(random, 25));
    }
    for (ValidChunks.Chunk valid : ValidChunks.load()) {
      for (int i = 0; i < MUTATIONS_PER_CHUNK; i++) {
        chunks.add(RandomChunks.mutation(valid.text(), random));
      }
    }
    StringBuilder corpus = new StringBuilder();
    for (String chunk : chunks) {
      corpus.append("chunk: ").append(Corpus.encode(chunk)).append("\nerror: ?\n");
    }
    List<Corpus.Entry> expected = Corpus.parse("lua5.1", Lua51.verdicts(corpus.toString()));
    List<String> mismatches = new ArrayList<>();
    for (Corpus.Entry e : expected) {
      String ours = SyntaxErrorCorpusTest.verdict(e.chunk());
      if (!ours.equals(e.expected())) {
        mismatches.add(e.label() + "\n  lua5.1: " + e.expected() + "\n  ours:   " + ours);
      }
    }
    assertEquals(chunks.size(), expected.size());
    assertEquals("", String.join("\n", mismatches.subList(0, Math.min(20, mismatches.size()))),
        mismatches.size() + " of " + chunks.size() + " differ");
  }
}
