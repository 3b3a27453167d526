package jlua.grammar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The sections of valid-chunks.lua: each starts with a "--## name" line and is a chunk of its own. */
final class ValidChunks {

  static final String RESOURCE = "valid-chunks.lua";

  record Chunk(String name, String text) {}

  private ValidChunks() {}

  static List<Chunk> load() throws IOException {
    String all = Corpus.read(RESOURCE);
    List<Chunk> chunks = new ArrayList<>();
    int start = all.indexOf("--## ");
    while (start >= 0) {
      int next = all.indexOf("\n--## ", start);
      int end = next < 0 ? all.length() : next + 1;
      String text = all.substring(start, end);
      chunks.add(new Chunk(text.substring(5, text.indexOf('\n')), text));
      start = next < 0 ? -1 : next + 1;
    }
    return chunks;
  }
}
