package jlua.vm;

/**
 * A compiled function prototype (5.1's Proto): code, constants, nested prototypes and the debug
 * information that names variables in error messages.
 */
public final class Proto {
  /** isVararg bits, as in 5.1. */
  public static final int VARARG_HASARG = 1;
  public static final int VARARG_ISVARARG = 2;
  public static final int VARARG_NEEDSARG = 4;

  public int[] code;
  /** Constants: null (nil), Boolean, String, or {@link Values#NUM} with the number in {@link #kn}. */
  public Object[] k;
  public double[] kn;
  /** 5.1 string hash of each string constant (0 for others), so constant-key lookups skip hashing. */
  public int[] khash;
  public Proto[] p;
  public int[] lineInfo; // line of each instruction
  public LocVar[] locVars;
  public String[] upvalueNames;
  public int numParams;
  public int isVararg;
  public int maxStackSize;
  /**
   * How many registers (from the frame base) must be nil when a call starts: the parameters (missing
   * arguments read as nil) and the locals whose LOADNIL the compiler left out at pc 0, as 5.1 does.
   * Registers above are always written before they are read, so calls need not clear them.
   */
  public int nilFill;
  public int nups;
  public String source;
  /** Second-tier code for this prototype, once it is hot (null until then, or if it cannot be compiled). */
  public CompiledFunction compiled;
  /** Where compiled code can take over a running frame (pc 0 and loop headers). */
  public java.util.BitSet entries;
  /** Calls and loop iterations counted by the interpreter to find hot functions; -1 once decided. */
  public int hotness; // chunk name as given to load: "@file", "=stdin", or the source text
  public int lineDefined;
  public int lastLineDefined;

  /** A local variable's name and the pc range [startPc, endPc) where it is active. */
  public static final class LocVar {
    public final String name;
    public int startPc;
    public int endPc;

    public LocVar(String name, int startPc) {
      this.name = name;
      this.startPc = startPc;
    }
  }

  /** Computes {@link #khash} from the constants (after compiling or loading). */
  public void hashConstants() {
    khash = new int[k.length];
    for (int i = 0; i < k.length; i++) {
      if (k[i] instanceof String s) khash[i] = jlua.api.LuaTable.stringHash(s);
    }
  }

  /** Boxed value of constant i (numbers as Double). */
  public Object constant(int i) {
    Object v = k[i];
    return v == Values.NUM ? (Object) kn[i] : v;
  }

  public int line(int pc) {
    return lineInfo != null && pc >= 0 && pc < lineInfo.length ? lineInfo[pc] : 0;
  }
}
