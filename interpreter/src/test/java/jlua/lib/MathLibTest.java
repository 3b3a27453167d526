package jlua.lib;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** math.* against lua5.1: C's results (NaN signs included), errors, and glibc's rand() sequence. */
class MathLibTest {
  private static final String[] UNARY = {
    "sqrt", "log", "log10", "acos", "asin", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "atan",
    "floor", "ceil", "abs", "deg", "rad"
  };

  @TestFactory
  Stream<DynamicTest> unaryFunctions() {
    return Stream.of(UNARY).map(f -> DynamicTest.dynamicTest(f, () -> SameAsLua51.check(
        "local nan = 0/0 local f = math." + f + "\n"
        + "p(f(-1), f(2), f(1/0), f(-1/0), f(nan), f(-nan), f(0.5), f(-0.5), f(-2.5), f(1e-300), f(123.456), f(0))\n"
        + "p(pcall(f), pcall(f, 'x'), f('4'))")));
  }

  @TestFactory
  Stream<DynamicTest> otherFunctions() {
    return SameAsLua51.each(
        "p(math.fmod(1, 0), math.fmod(1/0, 1), math.fmod(-6, 3), math.fmod(0/0, 1), math.fmod(-5.5, 2), math.fmod(5, 1/0), math.mod(7, 3), math.fmod(5, -3))",
        "p(math.pow(-2, 0.5), math.pow(0, -1), math.pow(2, 0.5), math.pow(-8, 1/3), math.pow(0/0, 0), math.pow(1, 0/0), math.pow(-1, 1/0), math.pow(2, -1074))",
        "p(math.atan2(0, -1), math.atan2(1, 0), math.atan2(-1, -1), math.atan2(0/0, 1), math.atan2(1/0, 1/0))",
        "p(math.modf(0/0)) p(math.modf(-(0/0))) p(math.modf(-1/0)) p(math.modf(1/0)) p(math.modf(-3.75)) p(math.modf(3)) p(math.modf(-0.25)) p(math.modf(-3))",
        "p(math.frexp(0/0)) p(math.frexp(5e-324)) p(math.frexp(-1/0)) p(math.frexp(-1e300)) p(math.frexp(1e-310)) p(math.frexp(1)) p(math.frexp(0))",
        "p(math.ldexp(1, 1024), math.ldexp(1, -1075), math.ldexp(0.75, 2), math.ldexp(1, 2^40), math.ldexp(3, -1074), math.ldexp(1.5, -1074), math.ldexp(1, 1023.9))",
        "p(math.max(0/0, 1), math.max(1, 0/0), math.min(0/0, 1), math.max(3, 7, 2), math.min(3, 7, 2), math.max('10', 2), math.min(-0, 0), math.max(5))",
        "p(pcall(math.max)) p(pcall(math.min)) p(pcall(math.max, 1, 'x')) p(pcall(math.min, 1, nil))",
        "p(math.pi, math.huge, -math.huge, math.deg(math.pi), math.rad(180))",
        "p(pcall(math.ldexp, 1)) p(pcall(math.fmod, 1)) p(pcall(math.frexp))");
  }

  @TestFactory
  Stream<DynamicTest> random() {
    return SameAsLua51.each(
        "p(math.random(), math.random(), math.random(10), math.random(5, 10), math.random(3.7), math.random(-3.2, -1.5))",
        "for _, s in ipairs{0, 1, -1, 42, 2^31, 2^32 + 5, -2^31, 123456789, 2.9, 1e300, 0/0} do\n"
            + "  math.randomseed(s) p(s, math.random(), math.random(100), math.random(-5, 5), math.random(1, 2^31 - 1), math.random(-2^31, 2^31 - 1))\nend",
        "p(pcall(math.random, 1, 2, 3)) p(pcall(math.random, 0)) p(pcall(math.random, 3, 2)) p(math.random())",
        "p(pcall(math.random, 'x')) p(pcall(math.randomseed)) p(pcall(math.randomseed, {})) p(math.random())",
        "math.randomseed(7) local t = {} for i = 1, 1000 do t[i] = math.random(6) end p(table.concat(t))");
  }
}
