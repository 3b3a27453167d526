package jlua.lib;

import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.JavaFunction.Body;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.vm.MetaOps;

/**
 * The mathematical library (reference manual §5.6) with C's libm results on x86-64 glibc, down to the
 * sign of the NaNs it returns: a NaN argument comes back unchanged, and a domain error gives the NaN
 * glibc gives ({@code -nan} for sqrt, log, sin, cos, tan, fmod and pow; {@code nan} for log10, acos,
 * asin).
 */
public final class MathLib {
  private MathLib() {}

  private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);
  private static final double POSITIVE_NAN = Double.longBitsToDouble(0x7ff8000000000000L);
  private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;

  static void open(Lua lua) {
    JavaFunction[] stateless = FunctionSet.of(lua, Stateless.values());
    CRandom random = new CRandom(); // per Lua state, so these two are functions of their own
    int randomAt = Stateless.SINH.ordinal(); // random and randomseed come before sinh in lmathlib.c's order
    JavaFunction[] all = new JavaFunction[stateless.length + 2];
    System.arraycopy(stateless, 0, all, 0, randomAt);
    Body draw = new Body() { public Object call(Args a) { return random.random(a); } }; // not lambdas: FunctionSet
    Body seed = new Body() { public Object call(Args a) { return random.randomseed(a); } };
    all[randomAt] = lua.function("random", draw);
    all[randomAt + 1] = lua.function("randomseed", seed);
    System.arraycopy(stateless, randomAt, all, randomAt + 2, stateless.length - randomAt);
    LuaTable math = lua.library("math", all);
    math.rawset("pi", Math.PI);
    math.rawset("huge", Double.POSITIVE_INFINITY);
    math.rawset("mod", math.rawget("fmod")); // 5.1's compatibility name: the very same function, so mod == fmod
  }

  /**
   * The functions without state of their own (see {@link FunctionSet}), in lmathlib.c's order (atan2
   * before atan, cosh before cos ...): keys take their slots in the order they arrive, and pairs lists
   * them from those slots, so 5.1's order gives 5.1's pairs order.
   */
  private enum Stateless implements JavaFunction.Body {
    ABS, ACOS, ASIN, ATAN2, ATAN, CEIL, COSH, COS, DEG, EXP, FLOOR, FMOD, FREXP, LDEXP, LOG10, LOG, MAX, MIN,
    MODF, POW, RAD, SINH, SIN, SQRT, TANH, TAN;

    @Override
    public Object call(Args a) {
      return switch (this) {
        case ABS -> Math.abs(a.checkNumber(1)); // a NaN comes back without its sign, as C's fabs
        case ATAN2 -> atan2(a);
        case FMOD -> fmod(a);
        case FREXP -> frexp(a);
        case LDEXP -> ldexp(a);
        case MAX -> extreme(a, true);
        case MIN -> extreme(a, false);
        case MODF -> modf(a);
        case POW -> pow(a);
        default -> unary(this, a.checkNumber(1));
      };
    }
  }

  /** math.name (x) -> f(x), with C's NaN results: a NaN argument comes back unchanged. */
  private static double unary(Stateless f, double x) {
    if (x != x) return x;
    double r = switch (f) {
      case ACOS -> Math.acos(x);
      case ASIN -> Math.asin(x);
      case ATAN -> Math.atan(x);
      case CEIL -> Math.ceil(x);
      case COS -> Math.cos(x);
      case COSH -> Math.cosh(x);
      case DEG -> x / RADIANS_PER_DEGREE;
      case EXP -> Math.exp(x);
      case FLOOR -> Math.floor(x);
      case LOG -> Math.log(x);
      case LOG10 -> Math.log10(x);
      case RAD -> x * RADIANS_PER_DEGREE;
      case SIN -> Math.sin(x);
      case SINH -> Math.sinh(x);
      case SQRT -> Math.sqrt(x);
      case TAN -> Math.tan(x);
      case TANH -> Math.tanh(x);
      default -> throw new IllegalArgumentException(f.name());
    };
    if (r == r) return r;
    return f == Stateless.ACOS || f == Stateless.ASIN || f == Stateless.LOG10 ? POSITIVE_NAN : NEGATIVE_NAN;
  }

  /** A C result of a two-argument function: NaN arguments propagate, domain errors give -nan. */
  private static double binary(double x, double y, double r) {
    if (r == r) return r;
    if (x != x) return x;
    if (y != y) return y;
    return NEGATIVE_NAN;
  }

  // math.atan2 (y, x) -> angle
  private static Object atan2(Args args) {
    double y = args.checkNumber(1);
    double x = args.checkNumber(2);
    return binary(y, x, Math.atan2(y, x));
  }

  // math.fmod (x, y) -> remainder of x / y truncated toward zero (C's fmod; Java's % is the same)
  private static Object fmod(Args args) {
    double x = args.checkNumber(1);
    double y = args.checkNumber(2);
    return binary(x, y, x % y);
  }

  // math.pow (x, y) -> x ^ y
  private static Object pow(Args args) {
    double x = args.checkNumber(1);
    double y = args.checkNumber(2);
    return MetaOps.pow(x, y);
  }

  // math.modf (x) -> integral part, fractional part (both with x's sign)
  private static Object modf(Args args) {
    double x = args.checkNumber(1);
    if (x != x) return new Object[] {x, x};
    if (Double.isInfinite(x)) return new Object[] {x, Math.copySign(0.0, x)};
    double ip = x >= 0 ? Math.floor(x) : Math.ceil(x);
    return new Object[] {ip, Math.copySign(x - ip, x)};
  }

  // math.frexp (x) -> m, e with x = m * 2^e and 0.5 <= |m| < 1 (m = x for 0, inf and NaN)
  private static Object frexp(Args args) {
    double x = args.checkNumber(1);
    if (x == 0 || x != x || Double.isInfinite(x)) return new Object[] {x, 0.0};
    int e = Math.getExponent(x);
    if (e < Double.MIN_EXPONENT) { // subnormal: normalise first
      x *= 0x1p54;
      e = Math.getExponent(x) - 54;
      return new Object[] {Math.scalb(x, -Math.getExponent(x) - 1), (double) (e + 1)};
    }
    return new Object[] {Math.scalb(x, -e - 1), (double) (e + 1)};
  }

  // math.ldexp (m, e) -> m * 2^e, rounded once as C's ldexp
  private static Object ldexp(Args args) {
    double m = args.checkNumber(1);
    int e = args.checkInt(2);
    return Math.scalb(m, e);
  }

  // math.max (x, ...) / math.min (x, ...) -> the extreme argument, first one kept on NaN comparisons
  private static Object extreme(Args args, boolean max) {
    int n = args.count();
    double best = args.checkNumber(1);
    for (int i = 2; i <= n; i++) {
      double d = args.checkNumber(i);
      if (max ? d > best : d < best) best = d;
    }
    return best;
  }

  /**
   * C's rand() as glibc implements it (the additive feedback generator behind random(), seeded through
   * a Lehmer generator), so math.random gives lua5.1's sequences for the same seed.
   */
  static final class CRandom {
    private static final int RAND_MAX = 0x7fffffff;
    private final int[] state = new int[34];
    private int front; // index of r[i-31] and r[i-3] in a ring of 34, see next()

    CRandom() {
      seed(1); // a C program that never calls srand behaves as srand(1)
    }

    void seed(int seed) {
      int[] r = new int[344];
      r[0] = seed == 0 ? 1 : seed;
      for (int i = 1; i < 31; i++) {
        // 16807 * r[i-1] mod (2^31 - 1) by Schrage's method, in 32-bit signed arithmetic as glibc
        int hi = r[i - 1] / 127773;
        int lo = r[i - 1] % 127773;
        int word = 16807 * lo - 2836 * hi;
        if (word < 0) word += 2147483647;
        r[i] = word;
      }
      for (int i = 31; i < 34; i++) r[i] = r[i - 31];
      for (int i = 34; i < 344; i++) r[i] = r[i - 31] + r[i - 3];
      System.arraycopy(r, 344 - 34, state, 0, 34);
      front = 0; // state[front] is r[i-34]; the next value is r[i-31] + r[i-3]
    }

    /** The next rand() value in [0, RAND_MAX]. */
    int next() {
      int v = state[(front + 3) % 34] + state[(front + 31) % 34];
      state[front] = v;
      front = (front + 1) % 34;
      return v >>> 1;
    }

    // math.random ([m [, n]]) -> number
    Object random(Args args) {
      double r = (double) (next() % RAND_MAX) / (double) RAND_MAX; // drawn before the checks, as in 5.1
      switch (args.count()) {
        case 0:
          return r;
        case 1: {
          int u = args.checkInt(1);
          if (u < 1) throw args.argError(1, "interval is empty");
          return Math.floor(r * u) + 1;
        }
        case 2: {
          int l = args.checkInt(1);
          int u = args.checkInt(2);
          if (l > u) throw args.argError(2, "interval is empty");
          return Math.floor(r * (double) (u - l + 1)) + l; // int arithmetic, as C
        }
        default:
          throw new LuaError("wrong number of arguments");
      }
    }

    // math.randomseed (x)
    Object randomseed(Args args) {
      seed(args.checkInt(1));
      return Args.NONE;
    }
  }
}
