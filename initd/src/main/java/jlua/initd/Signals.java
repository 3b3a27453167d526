package jlua.initd;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT shut down, SIGHUP reloads. Through {@code sun.misc.Signal}: jnr-posix's signal()
 * is broken. Handlers only hand the work to other threads.
 */
final class Signals {
  private Signals() {}

  static void install(Runnable shutdown, Runnable reload) {
    Signal.handle(new Signal("TERM"), s -> shutdown.run());
    Signal.handle(new Signal("INT"), s -> shutdown.run());
    Signal.handle(new Signal("HUP"), s -> {
      Thread t = new Thread(reload, "jinit-reload");
      t.setDaemon(true);
      t.start();
    });
  }
}
