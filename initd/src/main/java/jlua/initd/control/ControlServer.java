package jlua.initd.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import jlua.initd.supervise.Reply;

/**
 * The control socket: a Unix stream socket created with mode 0600 (bound inside a private directory,
 * then renamed into place, so it is never reachable with wider permissions) that admits only peers
 * whose uid (SO_PEERCRED) is the socket owner's or root's. One command per connection (see {@link Wire}).
 */
public final class ControlServer implements AutoCloseable {
  private final Path path;
  private final ServerSocketChannel server;
  private final UserPrincipal owner;
  private final UserPrincipal root;
  private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "jinit-control");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean closed;

  private ControlServer(Path path, ServerSocketChannel server, UserPrincipal owner, UserPrincipal root) {
    this.path = path;
    this.server = server;
    this.owner = owner;
    this.root = root;
  }

  /**
   * Creates the socket at {@code path}, replacing a stale one.
   *
   * @throws IOException when the socket cannot be created or another jinit answers on it
   */
  public static ControlServer bind(Path path) throws IOException {
    path = path.toAbsolutePath();
    if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      if (answers(path)) throw new IOException(path + ": another jinit is running");
      Files.delete(path);
    }
    Path dir = Files.createTempDirectory(path.getParent(), ".jinit-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path temporary = dir.resolve("sock");
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(temporary));
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      server.close();
      throw e;
    } finally {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(dir);
    }
    UserPrincipal owner = Files.getOwner(path);
    UserPrincipal root;
    try {
      root = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("root");
    } catch (IOException e) {
      root = null;
    }
    return new ControlServer(path, server, owner, root);
  }

  private static boolean answers(Path path) {
    try {
      SocketChannel.open(UnixDomainSocketAddress.of(path)).close();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public Path path() {
    return path;
  }

  /** Serves commands on a background thread; {@code handler} maps a checked command to its reply. */
  public void serve(Function<List<String>, CompletableFuture<Reply>> handler) {
    Thread accept = new Thread(() -> {
      while (!closed) {
        SocketChannel client;
        try {
          client = server.accept();
        } catch (IOException e) {
          if (closed) return;
          continue;
        }
        handlers.execute(() -> handle(client, handler));
      }
    }, "jinit-control-accept");
    accept.setDaemon(true);
    accept.start();
  }

  private void handle(SocketChannel client, Function<List<String>, CompletableFuture<Reply>> handler) {
    try (client) {
      Writer w = new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8);
      BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
          StandardCharsets.UTF_8), Wire.MAX_REQUEST);
      String line = in.readLine(); // read first, so that a refused client still gets its answer
      UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
      if (!peer.user().equals(owner) && !peer.user().equals(root)) {
        Wire.writeReply(w, Reply.failure("jinit: permission denied: user " + peer.user().getName()
            + " may not use " + path + "\n"));
        return;
      }
      if (line == null) return;
      List<String> words = Arrays.stream(line.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
      String problem = Commands.check(words);
      Reply reply;
      if (problem != null) {
        reply = Reply.usage("jinit: " + problem + "\n" + Commands.USAGE);
      } else {
        try {
          reply = handler.apply(words).get();
        } catch (ExecutionException e) {
          reply = Reply.failure("jinit: internal error: " + e.getCause() + "\n");
        }
      }
      Wire.writeReply(w, reply);
    } catch (IOException e) {
      // the client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    Files.deleteIfExists(path);
    handlers.shutdown();
  }
}
