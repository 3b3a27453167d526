package jlua.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jlua.api.Lua;
import jlua.api.LuaTable;

/**
 * /etc/services: service names and aliases to port numbers ({@code net.ports.ssh} = 22), read once.
 * Public because jinit's service files look ports up here too ({@code tcp("qotd")}).
 */
public final class Services {
  private Services() {}

  private static volatile Map<String, Integer> ports;

  /** The port of a name or alias, or null. */
  public static Integer port(String name) {
    Map<String, Integer> p = ports;
    if (p == null) ports = p = read(Path.of("/etc/services"));
    return p.get(name);
  }

  /** {@code net.ports}: an empty table whose __index looks names up. */
  static LuaTable table(Lua lua) {
    LuaTable t = new LuaTable();
    LuaTable meta = new LuaTable();
    meta.rawset("__index", lua.function("__index", a -> {
      Integer p = a.arg(2) instanceof String s ? port(s) : null;
      return p == null ? null : (Object) (double) p;
    }));
    t.setMetatable(meta);
    return t;
  }

  static Map<String, Integer> read(Path file) {
    Map<String, Integer> out = new HashMap<>();
    try {
      for (String line : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n")) {
        int hash = line.indexOf('#');
        String[] w = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
        if (w.length < 2) continue;
        int slash = w[1].indexOf('/');
        if (slash <= 0) continue;
        int port;
        try {
          port = Integer.parseInt(w[1].substring(0, slash));
        } catch (NumberFormatException e) {
          continue;
        }
        for (int i = 0; i < w.length; i++) {
          if (i != 1) out.putIfAbsent(w[i], port);
        }
      }
    } catch (IOException e) {
      // no /etc/services: numbers only
    }
    return out;
  }
}
