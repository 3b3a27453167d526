package jlua.process;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jlua.api.LuaFunction;
import jlua.vm.Calls;
import jlua.vm.Coroutine;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * proc.trap: signal handlers written in Lua. The JVM receives a signal on its own thread
 * ({@code sun.misc.Signal}); we only queue it there. Lua handlers run on the Lua thread at a safe point:
 * on entry to any function of the proc, net, sys and syslog modules, and inside their waits
 * (proc.sleep, proc.wait, accept, recv), which a signal wakes. So a handler never runs concurrently
 * with other Lua code, and a script blocked in one of those waits reacts at once.
 */
public final class Traps {
  private Traps() {}

  private static final ConcurrentLinkedQueue<Integer> pending = new ConcurrentLinkedQueue<>();
  private static final Map<Integer, LuaFunction> handlers = new HashMap<>(); // guarded by LOCK
  private static final Map<Integer, SignalHandler> previous = new HashMap<>();
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final Condition ARRIVED = LOCK.newCondition();
  private static volatile boolean any; // a quick test for the safe points

  /**
   * Why signal {@code number} cannot be trapped, or null when it can. Besides KILL and STOP, the JVM
   * keeps some for itself: SEGV, BUS, FPE and ILL are how it turns faults into Java exceptions (a Lua
   * handler in place of its BUS handler made a fault on a truncated mapped file loop forever), QUIT
   * prints its thread dump, and USR2 suspends threads (trapped, the JDK's flight recorder took 15
   * samples where it took 338). sun.misc.Signal knows no real-time signals (32 and 33 are glibc's).
   */
  public static String refusal(int number) {
    return switch (number) {
      case 9, 19 -> "cannot be caught";
      case 4, 7, 8, 11 -> "is the JVM's (faults in Java code become exceptions through it)";
      case 3 -> "is the JVM's (thread dumps)";
      case 12 -> "is the JVM's (it suspends threads with it)";
      default -> number >= 32 ? "cannot be trapped (real-time signals are not available to Java code)" : null;
    };
  }

  /** Installs {@code fn} for signal {@code number} ({@code fn} null restores the previous handling). */
  public static void set(int number, String name, LuaFunction fn) {
    LOCK.lock();
    try {
      Signal sig = new Signal(name);
      if (fn == null) {
        handlers.remove(number);
        SignalHandler old = previous.remove(number);
        if (old != null) Signal.handle(sig, old);
        return;
      }
      if (!handlers.containsKey(number)) {
        SignalHandler old = Signal.handle(sig, s -> arrived(number));
        if (old == SignalHandler.SIG_IGN) {
          // the JVM leaves a signal that was ignored at start-up (nohup) ignored; a trap asks for it
          jlua.sys.Native.libc().signal(number, 0);
          Signal.handle(sig, s -> arrived(number));
        }
        previous.putIfAbsent(number, old);
      }
      handlers.put(number, fn);
    } finally {
      LOCK.unlock();
    }
  }

  private static void arrived(int number) {
    pending.add(number);
    LOCK.lock();
    try {
      any = true;
      ARRIVED.signalAll();
    } finally {
      LOCK.unlock();
    }
  }

  /** The safe point: runs the handlers of every signal that arrived, in order, on this Lua thread. */
  public static void run(Coroutine L) {
    if (!any) return;
    any = false;
    for (Integer sig; (sig = pending.poll()) != null; ) {
      LuaFunction fn;
      LOCK.lock();
      try {
        fn = handlers.get(sig);
      } finally {
        LOCK.unlock();
      }
      if (fn != null) Calls.invoke(L, fn, Signals.name(sig));
    }
  }

  /** Whether a signal is waiting for its handler. */
  public static boolean pending() {
    return any;
  }

  /**
   * Waits up to {@code nanos} or until a trapped signal arrives; returns the nanoseconds left (0 when
   * the time is up).
   */
  public static long await(long nanos) {
    long deadline = System.nanoTime() + nanos;
    LOCK.lock();
    try {
      while (!any) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return 0;
        try {
          ARRIVED.awaitNanos(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Math.max(0, deadline - System.nanoTime());
        }
      }
    } finally {
      LOCK.unlock();
    }
    return Math.max(1, deadline - System.nanoTime());
  }

  /** Whether any trap is installed (then blocking calls wait in slices, to notice signals). */
  public static boolean installed() {
    LOCK.lock();
    try {
      return !handlers.isEmpty();
    } finally {
      LOCK.unlock();
    }
  }

  static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
