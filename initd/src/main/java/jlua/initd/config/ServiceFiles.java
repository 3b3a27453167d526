package jlua.initd.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;

/**
 * Loads a service directory: every {@code DIR/*.lua}, in name order, each in its own Lua state with the
 * {@link ServiceEnvironment}. A file that calls {@code module(...)} defines the rc-module its chunk's
 * environment became; every global table with an {@code exec} field defines a daemon. A broken file (or
 * a broken daemon table) is reported with its file:line and does not stop the others.
 */
public final class ServiceFiles {
  private ServiceFiles() {}

  public static Catalog load(Path dir) {
    return load(dir, lua -> { });
  }

  /** As {@link #load(Path)}, with {@code customize} run on each file's state before the file (tests). */
  public static Catalog load(Path dir, Consumer<Lua> customize) {
    List<String> errors = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".lua") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (NoSuchFileException e) {
      return new Catalog(List.of(), List.of(dir + ": No such file or directory"));
    } catch (IOException e) {
      return new Catalog(List.of(), List.of(dir + ": " + e.getMessage()));
    }
    Map<String, Service> services = new TreeMap<>();
    Set<Path> broken = new java.util.HashSet<>();
    List<Loaded> loaded = loadAll(files, customize);
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      List<Service> found = loaded.get(i).services();
      errors.addAll(loaded.get(i).errors());
      if (!loaded.get(i).errors().isEmpty()) broken.add(file);
      for (Service s : found) {
        Service earlier = services.putIfAbsent(s.name(), s);
        if (earlier != null) {
          errors.add(file + ": service '" + s.name() + "' is already defined in " + earlier.file());
        }
      }
    }
    return new Catalog(new ArrayList<>(services.values()), errors, broken);
  }

  /** What one file defined, and its errors. */
  private record Loaded(List<Service> services, List<String> errors) {}

  /**
   * Loads the files on as many threads as there are processors, keeping their order: each file has its
   * own Lua state, so they load independently (10,000 files take seconds on one thread).
   */
  private static List<Loaded> loadAll(List<Path> files, Consumer<Lua> customize) {
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) return files.stream().map(f -> loadOne(f, customize)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jinit-load");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Loaded>> pending = new ArrayList<>();
      for (Path file : files) pending.add(pool.submit(() -> loadOne(file, customize)));
      List<Loaded> out = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) out.add(result(pending.get(i), files.get(i)));
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Loaded loadOne(Path file, Consumer<Lua> customize) {
    List<String> errors = new ArrayList<>();
    List<Service> services = loadFile(file, customize, errors);
    return new Loaded(services, errors);
  }

  private static Loaded result(Future<Loaded> f, Path file) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      return new Loaded(List.of(), List.of(file + ": internal error: " + e.getCause()));
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  static List<Service> loadFile(Path file, Consumer<Lua> customize, List<String> errors) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      errors.add(file + ": " + e.getMessage());
      return List.of();
    }
    Lua lua = new Lua();
    ServiceEnvironment env = new ServiceEnvironment(lua);
    env.install();
    customize.accept(lua);
    LuaFunction chunk;
    try {
      chunk = lua.loadFile(file);
      lua.call(chunk);
    } catch (LuaError e) {
      errors.add(e.getMessage());
      return List.of();
    } catch (IOException e) {
      errors.add(file + ": " + e.getMessage());
      return List.of();
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(file + ": internal error: " + e);
      return List.of();
    }
    ServiceFile source = new ServiceFile(file, lua, sha256(bytes));
    List<Service> found = new ArrayList<>();
    LuaTable globals = lua.globals();
    LuaTable module = null;
    if (chunk.env != globals && chunk.env.rawget("_NAME") instanceof String name) {
      module = chunk.env;
      Set<String> deps = env.declaredDepends.getOrDefault(module, Set.of());
      Object description = module.rawget("description");
      found.add(new Service.RcModule(name, file, List.copyOf(deps),
          description instanceof String d ? d : null, source, module));
    }
    Object fileDefaults = globals.rawget("_DEFAULT");
    LuaTable builtins = DaemonTables.builtinDefaults(env);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int p = globals.nextPosition(null); p >= 0; p = globals.nextPosition(globals.keyAt(p))) {
      if (!(globals.keyAt(p) instanceof String name) || name.equals("_DEFAULT")) continue;
      if (!(globals.valueAt(p) instanceof LuaTable table) || table == module || table.rawget("exec") == null) continue;
      try {
        if (fileDefaults != null && !(fileDefaults instanceof LuaTable)) {
          throw new IllegalArgumentException("_DEFAULT must be a table");
        }
        found.add(DaemonTables.read(name, file, table, (LuaTable) fileDefaults, builtins,
            env.declaredDepends.getOrDefault(table, Set.of())));
      } catch (IllegalArgumentException | LuaError e) {
        errors.add(file + ":" + lineOf(text, name) + ": " + name + ": " + e.getMessage());
      }
    }
    return found;
  }

  /** The line where the global NAME is assigned, for error messages about table contents; 1 if unknown. */
  static int lineOf(String text, String name) {
    Matcher m = Pattern.compile("(?m)^\\s*(?:_G\\.)?" + Pattern.quote(name) + "\\s*=").matcher(text);
    if (!m.find()) return 1;
    int line = 1;
    for (int i = 0; i < m.start(); i++) {
      if (text.charAt(i) == '\n') line++;
    }
    return line + (int) text.substring(m.start(), m.end()).chars().filter(c -> c == '\n').count();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
