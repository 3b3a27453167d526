package jlua.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a corpus file of 'chunk:' / 'error:' line pairs (escapes: \\ \n \r \t \ddd). */
final class Corpus {

  static final String OK = "OK";

  record Entry(int line, String chunk, String expected) {
    boolean valid() {
      return OK.equals(expected);
    }

    String label() {
      String shown = encode(chunk);
      return line + ": " + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown);
    }
  }

  private Corpus() {}

  static List<Entry> load(String resource) throws IOException {
    return parse(resource, read(resource));
  }

  static List<Entry> loadFile(java.nio.file.Path path) throws IOException {
    return parse(path.toString(), java.nio.file.Files.readString(path, StandardCharsets.ISO_8859_1));
  }

  static List<Entry> parse(String resource, String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("chunk: ")) {
        String error = lines[i + 1];
        if (!error.startsWith("error: ")) {
          throw new IllegalStateException(resource + ":" + (i + 2) + ": 'error:' line expected");
        }
        entries.add(new Entry(i + 1, decode(lines[i].substring(7)), decode(error.substring(7))));
      }
    }
    return entries;
  }

  static String read(String resource) throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  static String decode(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
      } else if (i + 3 < s.length() + 0 && isDigits(s, i + 1)) {
        out.append((char) Integer.parseInt(s.substring(i + 1, i + 4)));
        i += 3;
      } else {
        char e = s.charAt(++i);
        out.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
      }
    }
    return out.toString();
  }

  private static boolean isDigits(String s, int from) {
    if (from + 3 > s.length()) {
      return false;
    }
    for (int i = from; i < from + 3; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c >= 0x7F) {
            out.append(String.format("\\%03d", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
