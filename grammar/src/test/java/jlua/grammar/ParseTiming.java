package jlua.grammar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times parses of one file in a fresh JVM (not a test): the first parse is the cold start-up cost.
 * usage: java -cp ... jlua.grammar.ParseTiming FILE [REPEATS]
 */
public final class ParseTiming {

  private ParseTiming() {}

  public static void main(String[] args) throws Exception {
    String source = Files.readString(Path.of(args[0]), StandardCharsets.ISO_8859_1);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      LuaGrammar.parse(source, "@" + args[0], true);
      long micros = (System.nanoTime() - start) / 1000;
      System.out.printf("parse %d: %.1f ms%n", i + 1, micros / 1000.0);
    }
  }
}
