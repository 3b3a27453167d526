package jlua.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random chunks for fuzzing: token soup, and valid chunks with a few tokens changed. */
final class RandomChunks {

  static final List<String> VOCABULARY = List.of(
      "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in",
      "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
      "+", "-", "*", "/", "%", "^", "#", "==", "~=", "<=", ">=", "<", ">", "=", "(", ")", "{",
      "}", "[", "]", ";", ":", ",", ".", "..", "...", "x", "y", "f", "t", "1", "2.5", "\"s\"",
      "'q'", "[[l]]", "\n", "goto", "::", "//", "&", "|", "~", "<<", ">>", "3x", "1..2",
      "\"\\300\"", "\"open\n", "[=", "[[ [[ ]]", "@", "\u0001", "\u0000", "\u00e9", "0x1p4", ".5",
      "--c\n", "--[[c]]", "a.b", "f()", "(f)", "\"\\\n\"", "[==[\n]==]", "0x", "\\");

  private RandomChunks() {}

  static String tokenSoup(Random random, int maxTokens) {
    int n = random.nextInt(maxTokens + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
      out.append(random.nextInt(4) == 0 ? "" : random.nextInt(5) == 0 ? "\n" : " ");
    }
    return out.toString();
  }

  /** A valid chunk with one to three tokens (as found by the lexer) deleted, inserted or replaced. */
  static String mutation(String valid, Random random) {
    List<int[]> tokens = new ArrayList<>();
    Lua51Lexer lexer = new Lua51Lexer(org.antlr.v4.runtime.CharStreams.fromString(SourceText.prepare(valid, false)));
    String text = SourceText.prepare(valid, false);
    for (org.antlr.v4.runtime.Token t : lexer.getAllTokens()) {
      tokens.add(new int[] {t.getStartIndex(), t.getStopIndex() + 1});
    }
    if (tokens.isEmpty()) {
      return tokenSoup(random, 10);
    }
    String out = text;
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      int[] t = tokens.get(random.nextInt(tokens.size()));
      if (t[1] > out.length()) {
        continue;
      }
      String word = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
      out = switch (random.nextInt(3)) {
        case 0 -> out.substring(0, t[0]) + out.substring(t[1]);
        case 1 -> out.substring(0, t[0]) + word + " " + out.substring(t[0]);
        default -> out.substring(0, t[0]) + word + out.substring(t[1]);
      };
    }
    return out;
  }
}
