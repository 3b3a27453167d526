package jlua.vm;

import java.util.BitSet;
import jlua.vm.bytecode.ClassFile;

/**
 * When and how the second tier runs: functions called or looping more than a threshold are compiled
 * (once; a function that cannot be compiled stays interpreted), and the top frame of a coroutine runs
 * in compiled code while no line or count hook is set. {@code -Djlua.jit=false} turns the tier off;
 * {@code -Djlua.jit.threshold=N} sets how hot a function must be.
 */
public final class Jit {
  private Jit() {}

  static final boolean ENABLED = !"false".equals(System.getProperty("jlua.jit"));
  // 2,000, not fewer: a compile costs ~15-20 ms while the JVM is cold (the compiler's own code runs in
  // HotSpot's interpreter), which a loop or function run a few hundred times never wins back (1,000
  // rounds of fs calls: the Lua thread's CPU -3 to -6% against 500); the CPU benchmarks, which run
  // millions of times, were unchanged (geomean 0.71 of lua5.1 either way).
  static final int THRESHOLD = Integer.getInteger("jlua.jit.threshold", 2000);
  private static final boolean DEBUG = Boolean.getBoolean("jlua.jit.debug");
  private static final String DUMP = System.getProperty("jlua.jit.dump"); // a directory for the classes

  /** Whether p has compiled code, compiling it now if it just became hot. */
  static boolean compiledOrHot(Proto p) {
    if (p.compiled != null) return true;
    if (!ENABLED || p.hotness < 0) return false;
    if (++p.hotness < THRESHOLD) return false;
    compile(p);
    return p.compiled != null;
  }

  /** Counts a loop iteration; true when the frame may now move to compiled code at {@code pc}. */
  static boolean hotLoop(Proto p, int pc) {
    if (p.compiled == null) {
      if (!ENABLED || p.hotness < 0 || ++p.hotness < THRESHOLD) return false;
      compile(p);
      if (p.compiled == null) return false;
    }
    return p.entries != null && p.entries.get(pc);
  }

  private static void compile(Proto p) {
    p.hotness = -1; // decided, whatever happens below
    try {
      JitCompiler.ClassBytes cb = JitCompiler.compile(p);
      if (DUMP != null) java.nio.file.Files.write(java.nio.file.Path.of(DUMP, cb.name() + ".class"), cb.bytes());
      Class<?> c = new GeneratedLoader(Jit.class.getClassLoader()).define(cb.name(), cb.bytes());
      CompiledFunction f = (CompiledFunction) c.getDeclaredConstructor().newInstance();
      p.entries = JitCompiler.entryPoints(p);
      p.compiled = f;
      if (DEBUG) System.err.println("jit: compiled " + p.source + ":" + p.lineDefined + " (" + cb.bytes().length + " bytes)");
    } catch (ClassFile.TooLargeException e) {
      // big functions stay interpreted: HotSpot would not compile their bytecode anyway
      if (DEBUG) System.err.println("jit: too large " + p.source + ":" + p.lineDefined);
    } catch (ReflectiveOperationException | LinkageError | java.io.IOException e) {
      if (DEBUG) e.printStackTrace();
    }
  }

  /**
   * Runs the top frame of L in compiled code from its saved pc, following tail calls into other
   * compiled functions. Returns RETURNED, YIELDED or INTERPRET (the top frame continues interpreted).
   */
  static int runTop(Coroutine L) {
    for (;;) {
      if (L.hookMask != 0) return CompiledFunction.INTERPRET;
      CallInfo ci = L.calls[L.ci];
      LuaClosure cl = (LuaClosure) ci.function;
      CompiledFunction f = cl.p.compiled;
      if (f == null && !(ci.savedPc == 0 && compiledOrHot(cl.p))) return CompiledFunction.INTERPRET;
      int status = cl.p.compiled.run(L, ci, cl, ci.savedPc);
      if (status != CompiledFunction.TAILCALL) return status;
    }
  }

  /** Each generated class gets its own loader, so it is unloaded with its prototype. */
  private static final class GeneratedLoader extends ClassLoader {
    GeneratedLoader(ClassLoader parent) {
      super(parent);
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  /** Entry points are recorded per prototype (see JitCompiler.entryPoints). */
  static BitSet entries(Proto p) {
    return p.entries;
  }
}
