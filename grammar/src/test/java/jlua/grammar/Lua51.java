package jlua.grammar;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The reference interpreter, when installed: tests that need it are skipped without it. */
final class Lua51 {

  private Lua51() {}

  static boolean available() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "lua5.1"))) {
        return true;
      }
    }
    return false;
  }

  static void assumeAvailable() {
    assumeTrue(available(), "lua5.1 is not on PATH");
  }

  /** Runs lua5.1 with the given arguments and stdin (bytes as ISO-8859-1 chars); returns stdout. */
  static String run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("lua5.1");
    command.addAll(List.of(args));
    Path input = Files.createTempFile("lua51-in", ".txt");
    try {
      Files.writeString(input, stdin, StandardCharsets.ISO_8859_1);
      Process process = new ProcessBuilder(command)
          .redirectInput(input.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      if (process.waitFor() != 0) {
        throw new IOException("lua5.1 failed: " + command);
      }
      return out;
    } finally {
      Files.delete(input);
    }
  }

  /** Runs corpus.lua on a corpus text: the same text with lua5.1's verdicts filled in. */
  static String verdicts(String corpus) throws IOException, InterruptedException {
    return run(corpus, resourcePath("corpus.lua"));
  }

  static String resourcePath(String name) {
    try {
      return Path.of(Lua51.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
