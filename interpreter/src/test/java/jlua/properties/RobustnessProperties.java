package jlua.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.testing.LuaOracle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Bad input never surfaces a Java exception: random bytes and token soups given to loadstring yield a
 * function or nil plus a message; random programs run under pcall yield a result or a Lua error. Where
 * lua5.1 is installed, the random programs must also print exactly what lua5.1 prints.
 */
class RobustnessProperties {
  private static final String[] TOKENS = {
    "local", "function", "end", "if", "then", "else", "elseif", "while", "do", "for", "in", "repeat",
    "until", "return", "break", "and", "or", "not", "nil", "true", "false", "x", "y", "=", "==", "~=",
    "(", ")", "[", "]", "{", "}", ".", "..", "...", ",", ";", ":", "+", "-", "*", "/", "%", "^", "#",
    "<", ">", "<=", ">=", "1", "0x1F", "1e3", "'s'", "\"q\"", "[[long]]", "--c\n", "\n", "goto", "::"
  };

  private final Lua lua = new Lua();

  @Property(tries = 400)
  void loadstringOfRandomBytesNeverThrowsJava(@ForAll @Size(max = 60) byte[] bytes) {
    String chunk = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertLoadReturnsNormally(chunk);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Property(tries = 600)
  void loadstringOfRandomTokensNeverThrowsJava(@ForAll("tokenSoup") String chunk) {
    assertLoadReturnsNormally(chunk);
  }

  private void assertLoadReturnsNormally(String chunk) {
    lua.set("chunk", chunk);
    Object[] r = lua.run("local f, msg = loadstring(chunk) return type(f), type(msg)");
    assertTrue((r[0].equals("function") && r[1].equals("nil")) || (r[0].equals("nil") && r[1].equals("string")),
        "loadstring returned " + r[0] + ", " + r[1]);
  }

  @Property(tries = 300)
  void randomProgramsUnderPcallNeverThrowJava(@ForAll long seed) {
    String program = RandomProgramGenerator.program(seed);
    Lua fresh = new Lua();
    fresh.global().stdout = java.io.OutputStream.nullOutputStream();
    fresh.set("program", program);
    try {
      Object[] r = fresh.run("local f = assert(loadstring(program, '=prog')) return pcall(f)");
      assertTrue(r[0] instanceof Boolean, "pcall returns a status");
    } catch (LuaError e) {
      fail("the driver itself failed: " + e.getMessage() + "\n" + program);
    } catch (RuntimeException | StackOverflowError e) {
      fail("Java exception " + e + " from:\n" + program);
    }
  }

  @Property(tries = 12)
  void randomProgramsPrintWhatLua51Prints(@ForAll @Size(20) List<Long> seeds) {
    LuaOracle.assumeAvailable();
    StringBuilder driver = new StringBuilder(RandomProgramGenerator.SHOW);
    for (long seed : seeds) {
      driver.append("show(pcall(assert(loadstring(").append(luaQuote(RandomProgramGenerator.program(seed)))
          .append(", '=prog"+ Long.toHexString(seed) + "'))))\n");
    }
    LuaOracle.assertSameOutput(LuaOracle.reference(driver.toString()), LuaOracle.jlua(driver.toString()), driver.toString());
  }

  private static String luaQuote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
