package jlua.net;

import java.lang.ref.Cleaner;
import jlua.process.HasFd;
import jlua.sys.Native;

/**
 * An open socket descriptor behind a Lua userdata. Closing is idempotent; a socket that becomes garbage
 * without being closed is closed by a {@link Cleaner} (the descriptor lives in a separate holder, so the
 * cleaning action does not keep the socket reachable).
 */
final class Socket implements HasFd {
  private static final Cleaner CLEANER = Cleaner.create();

  private static final class Descriptor implements Runnable {
    volatile int fd;

    Descriptor(int fd) {
      this.fd = fd;
    }

    @Override
    public synchronized void run() {
      if (fd >= 0) Native.libc().close(fd);
      fd = -1;
    }
  }

  private final Descriptor descriptor;
  private final Cleaner.Cleanable cleanable;
  final int type; // SOCK_STREAM or SOCK_DGRAM
  final String kind; // "tcp", "udp", "unix", "dgram", "fd"

  Socket(int fd, int type, String kind) {
    this.descriptor = new Descriptor(fd);
    this.cleanable = CLEANER.register(this, descriptor);
    this.type = type;
    this.kind = kind;
  }

  @Override
  public int fd() {
    return descriptor.fd;
  }

  /** Closes the descriptor; false when it was already closed. */
  boolean close() {
    boolean open = descriptor.fd >= 0;
    cleanable.clean();
    return open;
  }
}
