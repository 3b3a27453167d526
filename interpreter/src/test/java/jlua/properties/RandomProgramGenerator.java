package jlua.properties;

import java.util.Random;

/**
 * Generates small random Lua 5.1 programs that always terminate: straight-line code, ifs, bounded
 * numeric loops, local functions, tables, metatables and calls into the base and string libraries,
 * with operands of every type so that errors of every kind arise. Output avoids addresses and
 * iteration order of non-string keys, so lua5.1 can serve as the oracle.
 */
final class RandomProgramGenerator {
  private static final String[] NAMES = {"a", "b", "c", "t", "s", "f"};
  private static final String[] FIELDS = {"x", "y", "n", "1", "2"};
  private static final String[] BINOPS = {"+", "-", "*", "/", "%", "^", "..", "==", "~=", "<", "<=", ">",
    ">=", "and", "or"};

  /** Prints values with references shown as their type: addresses differ between implementations. */
  static final String SHOW = "local function show(...) local r = '' for i = 1, select('#', ...) do "
      + "local x = select(i, ...) local ty = type(x) if i > 1 then r = r .. '\\t' end "
      + "if ty == 'table' or ty == 'function' or ty == 'userdata' or ty == 'thread' then r = r .. ty "
      + "else r = r .. tostring(x) end end print(r) end\n";

  private final Random random;
  private final StringBuilder out = new StringBuilder();
  private int depth;

  private RandomProgramGenerator(long seed) {
    this.random = new Random(seed);
  }

  static String program(long seed) {
    RandomProgramGenerator g = new RandomProgramGenerator(seed);
    g.out.append(SHOW);
    g.out.append("local a, b, c, t, s, f = 1, 'x', nil, {}, '12', function(...) return ... end\n");
    int statements = 3 + g.random.nextInt(10);
    for (int i = 0; i < statements; i++) g.statement();
    g.out.append("return type(a), type(b), type(c), type(t), type(s)\n");
    return g.out.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private void statement() {
    depth++;
    switch (depth > 3 ? random.nextInt(4) : random.nextInt(9)) {
      case 0 -> out.append(pick(NAMES)).append(" = ").append(expr()).append('\n');
      case 1 -> out.append("t[").append(expr()).append("] = ").append(expr()).append('\n');
      case 2 -> out.append("show(").append(expr()).append(", ").append(expr()).append(")\n");
      case 3 -> out.append("local ").append(pick(NAMES)).append(" = ").append(expr()).append('\n');
      case 4 -> {
        out.append("if ").append(expr()).append(" then\n");
        statement();
        out.append("else\n");
        statement();
        out.append("end\n");
      }
      case 5 -> {
        out.append("for i = ").append(random.nextInt(3)).append(", ").append(random.nextInt(4))
            .append(" do\n");
        statement();
        out.append("end\n");
      }
      case 6 -> {
        out.append("local function g(p, q) ");
        statement();
        out.append(" return ").append(expr()).append(" end\n");
        out.append("show(pcall(g, ").append(expr()).append(", ").append(expr()).append("))\n");
      }
      case 7 -> out.append("setmetatable(t, {__index = function(_, k) return ").append(expr())
          .append(" end, __add = function(x, y) return ").append(expr()).append(" end, __concat = ")
          .append("function(x, y) return 'cat' end, __call = function(self, v) return v end,")
          .append(" __lt = function() return true end})\n");
      default -> out.append("show(pcall(function() return ").append(expr()).append(" end))\n");
    }
    depth--;
  }

  private String expr() {
    depth++;
    String e;
    if (depth > 4) {
      e = atom();
    } else {
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> e = atom();
        case 3, 4 -> e = "(" + expr() + " " + pick(BINOPS) + " " + expr() + ")";
        case 5 -> e = pick(new String[] {"-", "not ", "#"}) + "(" + expr() + ")";
        case 6 -> e = "t." + pick(FIELDS).replaceAll("^(\\d)", "_$1");
        case 7 -> e = pick(NAMES) + "[" + expr() + "]";
        case 8 -> e = libraryCall();
        default -> e = "{" + expr() + ", " + pick(FIELDS).replaceAll("^(\\d)", "k$1") + " = " + expr() + "}";
      }
    }
    depth--;
    return e;
  }

  private String atom() {
    switch (random.nextInt(12)) {
      case 0: return pick(NAMES);
      case 1: return Integer.toString(random.nextInt(20) - 5);
      case 2: return pick(new String[] {"0.5", "1e300", "-0", "0/0", "1/0", "2^53", "3.25"});
      case 3: return "'" + pick(new String[] {"", "a", "10", "0x1F", " 7 ", "x\\0y", "1e2"}) + "'";
      case 4: return pick(new String[] {"nil", "true", "false"});
      case 5: return "t";
      case 6: return "f(" + pick(NAMES) + ")";
      case 7: return "(f(1, 2, 3))";
      case 8: return "select('#', f(nil, nil))";
      case 9: return "s";
      default: return "#t";
    }
  }

  private String libraryCall() {
    String arg = expr();
    return switch (random.nextInt(9)) {
      case 0 -> "tostring(tonumber(" + arg + "))"; // never an address
      case 1 -> "tonumber(" + arg + ")";
      case 2 -> "type(" + arg + ")";
      case 3 -> "rawequal(" + arg + ", " + expr() + ")";
      case 4 -> "rawget(t, " + arg + ")";
      case 5 -> "select(2, " + arg + ", " + expr() + ")";
      case 6 -> "string.rep('ab', 3)";
      case 7 -> "string.len(" + arg + ")";
      default -> "(" + arg + "):sub(1)";
    };
  }
}
