package jlua.initd.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Service names to port numbers from /etc/services ({@code ports["qotd"]} = 17), read once. */
final class Ports {
  private Ports() {}

  private static volatile Map<String, Integer> table;

  /** The port for a name or alias, or null. */
  static Integer lookup(String name) {
    Map<String, Integer> t = table;
    if (t == null) table = t = read(Path.of("/etc/services"));
    return t.get(name);
  }

  static Map<String, Integer> read(Path file) {
    Map<String, Integer> ports = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        int hash = line.indexOf('#');
        String[] words = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
        if (words.length < 2) continue;
        int slash = words[1].indexOf('/');
        if (slash <= 0) continue;
        int port;
        try {
          port = Integer.parseInt(words[1].substring(0, slash));
        } catch (NumberFormatException e) {
          continue;
        }
        for (int i = 0; i < words.length; i++) {
          if (i != 1) ports.putIfAbsent(words[i], port);
        }
      }
    } catch (IOException e) {
      // no /etc/services: only numbers work
    }
    return ports;
  }
}
