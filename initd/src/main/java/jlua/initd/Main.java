package jlua.initd;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import jlua.initd.config.Catalog;
import jlua.initd.config.Service;
import jlua.initd.config.ServiceFiles;
import jlua.initd.control.Commands;
import jlua.initd.control.ControlClient;
import jlua.initd.control.ControlServer;
import jlua.initd.graph.PlanText;
import jlua.initd.graph.Resolution;
import jlua.initd.graph.Resolver;
import jlua.initd.process.ProcessControl;
import jlua.initd.process.ProcessControls;
import jlua.initd.supervise.EventLog;
import jlua.initd.supervise.Reply;
import jlua.initd.supervise.Supervisor;

/** The {@code jinit} command: plan, boot, ctl. Exit status 0 success, 1 failure, 2 usage. */
public final class Main {
  public static final String DEFAULT_DIR = "/etc/jinit.d";
  public static final String DEFAULT_SOCKET = "/run/jinit.sock";

  static final String USAGE = """
      usage: jinit plan [-d DIR] [NAME...]     print the start order as parallel levels
             jinit boot [-d DIR] [-s SOCKET]   start everything and supervise
             jinit ctl  [-s SOCKET] status [NAME] | start NAME | stop NAME | restart NAME | reload | shutdown
             jinit ctl  [-s SOCKET] graph | plot
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code = new Main(System.out, System.err).run(List.of(args));
    System.out.flush();
    System.exit(code);
  }

  /** Parsed options: -d DIR, -s SOCKET, then the remaining words. */
  private record Options(Path dir, Path socket, List<String> words) {}

  private static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  private static Options options(List<String> args, Set<String> allowed) throws UsageError {
    Path dir = Path.of(DEFAULT_DIR);
    Path socket = Path.of(DEFAULT_SOCKET);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (words.isEmpty() && allowed.contains(a)) {
        if (i + 1 >= args.size()) throw new UsageError("option " + a + " needs an argument");
        String value = args.get(++i);
        if (a.equals("-d")) dir = Path.of(value);
        else socket = Path.of(value);
      } else if (words.isEmpty() && a.startsWith("-") && !a.equals("-")) {
        throw new UsageError("unknown option " + a);
      } else {
        words.add(a);
      }
    }
    return new Options(dir, socket, words);
  }

  int run(List<String> args) {
    if (args.isEmpty()) return usage("missing command");
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "plan" -> plan(options(rest, Set.of("-d")));
        case "boot" -> boot(options(rest, Set.of("-d", "-s")));
        case "ctl" -> ctl(options(rest, Set.of("-s")));
        case "-h", "--help", "help" -> {
          out.print(USAGE);
          yield 0;
        }
        default -> usage("unknown command '" + args.get(0) + "'");
      };
    } catch (UsageError e) {
      return usage(e.getMessage());
    }
  }

  private int usage(String problem) {
    err.println("jinit: " + problem);
    err.print(USAGE);
    return 2;
  }

  // jinit plan [-d DIR] [NAME...]
  private int plan(Options o) {
    Catalog catalog = ServiceFiles.load(o.dir());
    boolean failed = false;
    for (String e : catalog.errors()) {
      err.println("jinit: " + e);
      failed = true;
    }
    Map<String, List<String>> graph = new HashMap<>();
    Set<String> disabled = new TreeSet<>();
    for (Service s : catalog.services()) {
      graph.put(s.name(), s.depends());
      if (!s.enabled()) disabled.add(s.name());
    }
    if (!o.words().isEmpty()) {
      for (String name : o.words()) {
        if (!graph.containsKey(name)) {
          err.println("jinit: unknown service '" + name + "'");
          failed = true;
        }
      }
      Set<String> wanted = Resolver.closure(graph, o.words());
      graph.keySet().retainAll(wanted);
    }
    Resolution r = Resolver.resolve(graph, disabled);
    for (String e : r.errors()) {
      err.println("jinit: " + e);
      failed = true;
    }
    out.print(PlanText.render(r));
    out.flush();
    return failed ? 1 : 0;
  }

  // jinit boot [-d DIR] [-s SOCKET]
  private int boot(Options o) throws UsageError {
    if (!o.words().isEmpty()) throw new UsageError("boot takes no NAME");
    EventLog log = EventLog.stderr();
    ControlServer server = null;
    try {
      server = ControlServer.bind(o.socket());
    } catch (IOException e) {
      err.println("jinit: cannot create the control socket " + o.socket() + ": " + e.getMessage());
      if (ProcessHandle.current().pid() != 1) return 1;
      log.line("booting without a control socket"); // PID 1 must not exit
    }
    ProcessControl control = ProcessControls.system();
    if (!control.available()) log.line("daemon launching is not available yet (no native process layer): "
        + "daemons will be reported FAILED; rc-modules work");
    Supervisor supervisor = new Supervisor(control, log, out, Supervisor::defaultPolicy);
    supervisor.becomeReaper();
    Path dir = o.dir();
    Runnable reload = () -> {
      Catalog c = ServiceFiles.load(dir);
      supervisor.reload(c).thenAccept(r -> r.err().lines().forEach(line -> log.line(line.replaceFirst("^jinit: ", ""))));
    };
    Signals.install(supervisor::shutdown, reload);
    log.line("boot: " + dir + ", control socket " + (server == null ? "none" : server.path()) + ", pid "
        + ProcessHandle.current().pid());
    Catalog catalog = ServiceFiles.load(dir);
    for (String e : catalog.errors()) err.println("jinit: " + e);
    supervisor.boot(catalog);
    if (server != null) server.serve(words -> dispatch(supervisor, dir, words));
    try {
      supervisor.awaitTermination();
      Thread.sleep(100); // let the reply to "ctl shutdown" reach its client
      if (server != null) server.close();
    } catch (InterruptedException | IOException e) {
      // exiting anyway
    }
    supervisor.close();
    log.line("exit");
    return 0;
  }

  static CompletableFuture<Reply> dispatch(Supervisor s, Path dir, List<String> w) {
    String name = w.size() > 1 ? w.get(1) : null;
    return switch (w.get(0)) {
      case "status" -> s.status(name);
      case "start" -> s.start(name);
      case "stop" -> s.stop(name);
      case "restart" -> s.restart(name);
      case "reload" -> s.reload(ServiceFiles.load(dir));
      case "shutdown" -> s.shutdown();
      case "graph" -> s.dot();
      case "plot" -> s.plot();
      default -> CompletableFuture.completedFuture(Reply.usage("jinit: unknown command\n"));
    };
  }

  // jinit ctl [-s SOCKET] COMMAND [NAME]
  private int ctl(Options o) {
    String problem = Commands.check(o.words());
    if (problem != null) {
      err.println("jinit: " + problem);
      err.print(Commands.USAGE);
      return 2;
    }
    Reply r = ControlClient.send(o.socket(), o.words());
    out.print(r.out());
    out.flush();
    err.print(r.err());
    return r.code();
  }
}
