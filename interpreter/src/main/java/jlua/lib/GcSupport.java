package jlua.lib;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import jlua.vm.GlobalState;

/**
 * What Lua's collector does that the JVM's does not do for us: {@code __gc} on userdata (5.1 allows it
 * only on userdata, made by newproxy here), called on the Lua thread after the JVM finds the userdata
 * unreachable, and for every remaining one when the state closes; plus the numbers collectgarbage
 * reports.
 */
public final class GcSupport {
  private final GlobalState global;
  private final List<WeakReference<Proxy>> proxies = new ArrayList<>();
  private int pause = 200; // 5.1's defaults, reported back by setpause/setstepmul
  private int stepMultiplier = 200;

  private GcSupport(GlobalState global) {
    this.global = global;
  }

  public static GcSupport of(GlobalState g) {
    if (g.gcSupport == null) g.gcSupport = new GcSupport(g);
    return (GcSupport) g.gcSupport;
  }

  /** A userdata from newproxy: finalization hands it back to Lua for its __gc metamethod. */
  static final class Proxy extends Userdata {
    private final GlobalState global;
    boolean finalized;

    Proxy(GlobalState global) {
      super(null);
      this.global = global;
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
      if (!finalized && metatable != null && metatable.rawget("__gc") != null) {
        global.pendingFinalizers.add(this); // resurrected until __gc has run on the Lua thread
      }
    }
  }

  Userdata newProxy() {
    Proxy p = new Proxy(global);
    p.env = global.globals; // 5.1: a new userdata takes the environment of the C function creating it
    if (proxies.size() > 1024 && proxies.size() % 1024 == 0) proxies.removeIf(r -> r.get() == null);
    proxies.add(new WeakReference<>(p));
    return p;
  }

  /** collectgarbage("collect"): a full JVM collection, then the finalizers it made due. */
  @SuppressWarnings({"deprecation", "removal"})
  void fullCollect(Coroutine L) {
    L.clearAboveTop();
    if (global.mainThread != L) global.mainThread.clearAboveTop();
    System.gc();
    // the JVM hands dead objects to its reference-handler, finalizer and cleaner threads after the
    // collection: give them a bounded moment, so that files and __gc userdata dropped before this
    // call are finished when it returns, as with 5.1's full collection
    for (int round = 0; round < 3; round++) {
      System.runFinalization();
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    runPendingFinalizers(L);
  }

  /** Calls __gc for every userdata the JVM found unreachable (in reverse order of creation). */
  public void runPendingFinalizers(Coroutine L) {
    List<Proxy> due = new ArrayList<>();
    for (Object o; (o = global.pendingFinalizers.poll()) != null; ) due.add((Proxy) o);
    if (due.isEmpty()) return; // the usual case, at every exit: without linking the comparator below
    due.sort((a, b) -> Long.compare(b.address(), a.address()));
    for (Proxy p : due) finalizeNow(L, p);
  }

  private static void finalizeNow(Coroutine L, Proxy p) {
    if (p.finalized) return;
    p.finalized = true;
    LuaTable mt = p.metatable;
    Object gc = mt == null ? null : mt.rawget("__gc");
    if (gc instanceof jlua.api.LuaFunction) Calls.invoke(L, gc, p);
  }

  /** lua_close: every live userdata with __gc is finalized, newest first; errors are ignored. */
  public void closeState(Coroutine L) {
    runPendingFinalizers(L);
    for (int i = proxies.size() - 1; i >= 0; i--) {
      Proxy p = proxies.get(i).get();
      if (p == null) continue;
      try {
        finalizeNow(L, p);
      } catch (RuntimeException e) {
        // 5.1's lua_close keeps going after an error in a finalizer
      }
    }
  }

  /**
   * collectgarbage("count"): the JVM's heap use. The JVM counts a thread's allocation buffer as used
   * when the buffer is handed out, so successive readings can stand still while a script allocates
   * hundreds of kilobytes; between two unchanged readings the thread's own allocation counter says
   * how much was allocated meanwhile.
   */
  double usedKilobytes() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    long allocated = AllocationCounter.currentThread();
    long estimate = used;
    if (used == lastHeapUsed && allocated >= 0 && lastAllocated >= 0) {
      estimate = lastEstimate + (allocated - lastAllocated);
    }
    lastHeapUsed = used;
    lastAllocated = allocated;
    lastEstimate = estimate;
    return estimate / 1024.0;
  }

  private long lastHeapUsed = -1;
  private long lastAllocated = -1;
  private long lastEstimate;

  /** Bytes allocated by the current thread, where the JDK reports it (loaded on first use). */
  private static final class AllocationCounter {
    private static final java.lang.management.ThreadMXBean THREADS =
        java.lang.management.ManagementFactory.getThreadMXBean();

    static long currentThread() {
      if (THREADS instanceof com.sun.management.ThreadMXBean counting) {
        return counting.getThreadAllocatedBytes(Thread.currentThread().getId());
      }
      return -1;
    }
  }

  int setPause(int value) {
    int old = pause;
    pause = value;
    return old;
  }

  int setStepMultiplier(int value) {
    int old = stepMultiplier;
    stepMultiplier = value;
    return old;
  }
}
