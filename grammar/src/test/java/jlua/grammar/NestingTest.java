package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deep nesting ends in 5.1's "chunk has too many syntax levels", never in a StackOverflowError,
 * and the deepest legal nesting and very long flat constructs parse. Everything runs on a thread
 * with a 512 KiB stack, half the JVM's default, since the surefire configuration raises the
 * default stack size.
 */
class NestingTest {

  private static final long STACK = 512 * 1024;

  /** The outcome of a parse on a small-stack thread: "OK", the error message, or the throwable. */
  private static String parseOnSmallStack(String source) throws InterruptedException {
    AtomicReference<String> result = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        LuaGrammar.parse(source, "=t", false);
        result.set("OK");
      } catch (LuaSyntaxError e) {
        result.set(e.getMessage());
      } catch (Throwable t) {
        result.set(t.toString());
      }
    }, "small-stack", STACK);
    thread.start();
    thread.join();
    return result.get();
  }

  @ParameterizedTest(name = "{0} {1} x {2}")
  @CsvSource(delimiter = '|', value = {
      "x =  | (                      | 100000 | t:1: chunk has too many syntax levels",
      "x =  | {                      | 100000 | t:1: chunk has too many syntax levels",
      "x =  | f(                     | 100000 | t:1: chunk has too many syntax levels",
      "x =  | a[                     | 100000 | t:1: chunk has too many syntax levels",
      "x =  | -                      | 100000 | t:1: chunk has too many syntax levels",
      "x =  | not                    | 100000 | t:1: chunk has too many syntax levels",
      "x =  | a ..                   | 100000 | t:1: chunk has too many syntax levels",
      "x =  | 2 ^                    | 100000 | t:1: chunk has too many syntax levels",
      "     | do                     | 100000 | t:1: chunk has too many syntax levels",
      "x =  | function() return      | 100000 | t:1: chunk has too many syntax levels",
      "     | repeat                 | 100000 | t:1: chunk has too many syntax levels",
      "     | while x do             | 100000 | t:1: chunk has too many syntax levels",
      "     | if x then\\n            | 100000 | t:198: chunk has too many syntax levels",
      "     | for i = 1, 2 do\\n      | 50000  | t:51: main function has more than 200 local variables",
      "x =  | {a = {b = (f{          | 30000  | t:1: chunk has too many syntax levels",
  })
  void tooDeepIsA51Error(String head, String opener, int count, String expected)
      throws InterruptedException {
    String source = (head == null ? "" : head) + " " + (opener.replace("\\n", "\n") + " ").repeat(count);
    assertEquals(expected, parseOnSmallStack(source));
  }

  /** The deepest nesting 5.1 accepts, in shapes that cost the ANTLR parser the most stack. */
  @ParameterizedTest(name = "{0} {1} x {4}")
  @CsvSource(delimiter = '|', value = {
      "x = | (                                         | 1 | )           | 196",
      "x = | f(                                        | 1 | )           | 196",
      "x = | {                                         | 1 | }           | 196",
      "x = | function() return                         | 1 | end         | 98",
      "x = | function() return f(function() return     | 1 | end) end    | 39",
      "    | do                                        |   | end         | 197",
      "    | if x then                                 |   | end         | 197",
      "x = | t[a[                                      | 1 | ]]          | 98",
      "x = | -(                                        | 1 | )           | 98",
      "x = | a ..                                      | 1 |             | 196",
      "x = | 2 ^ -                                     | 1 |             | 98",
  })
  void deepestLegalNestingParses(String head, String open, String middle, String close, int count)
      throws InterruptedException {
    assertEquals("OK", parseOnSmallStack(nest(head, open, middle, close, count)));
    assertEquals("t:1: chunk has too many syntax levels",
        parseOnSmallStack(nest(head, open, middle, close, count + 1)));
  }

  /**
   * Nested calls with table arguments, as deep as lua5.1 takes them (one more exhausts its 250
   * registers: "function or expression too complex", which is the compiler's to report).
   */
  @org.junit.jupiter.api.Test
  void deepCallsWithTables() throws InterruptedException {
    assertEquals("OK", parseOnSmallStack(nest("x =", "f{a = f{", "1", "}}", 62)));
  }

  private static String nest(String head, String open, String middle, String close, int count) {
    return orEmpty(head) + " " + (open + " ").repeat(count) + orEmpty(middle) + " "
        + (orEmpty(close) + " ").repeat(count);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "x = 1 | + 1        | ",
      "x = a | .b         | ",
      "x = a | [1]        | ",
      "f     | (1)        | ",
      "f     | {}         | ",
      "x = a | :m()       | ",
      "x = a | and b or c | ",
      "x = { | 1,         | }",
      "      | x = 1      | ",
      "      | a = 1;     | ",
      "      | do end     | ",
  })
  void longFlatConstructsParse(String head, String repeated, String tail) {
    String source = orEmpty(head) + " " + (repeated + " ").repeat(100_000) + orEmpty(tail);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals("OK", parseOnSmallStack(source)));
  }
}
