package jlua.initd;

import jlua.sys.Native;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT shut down, SIGHUP reloads. Through {@code sun.misc.Signal}: jnr-posix's signal()
 * is broken. Handlers only hand the work to other threads.
 */
final class Signals {
  private Signals() {}

  static void install(Runnable shutdown, Runnable reload) {
    handle("TERM", 15, s -> shutdown.run());
    handle("INT", 2, s -> shutdown.run());
    handle("HUP", 1, s -> {
      Thread t = new Thread(reload, "jinit-reload");
      t.setDaemon(true);
      t.start();
    });
  }

  /**
   * The JVM leaves a signal that was ignored when it started (nohup, a background job of a
   * non-interactive shell) ignored and installs nothing. An init must obey SIGTERM and SIGINT whatever
   * its parent did, so such a signal gets its default action back (native signal(2)) and then the handler.
   */
  private static void handle(String name, int number, SignalHandler handler) {
    if (Signal.handle(new Signal(name), handler) != SignalHandler.SIG_IGN) return;
    Native.libc().signal(number, 0);
    Signal.handle(new Signal(name), handler);
  }
}
