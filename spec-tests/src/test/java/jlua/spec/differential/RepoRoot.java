package jlua.spec.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root: the nearest ancestor whose pom.xml lists the {@code grammar} module. */
final class RepoRoot {
  private RepoRoot() {}

  static Path find() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (isRoot(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no pom.xml with <module>grammar</module> above " + dir);
  }

  private static boolean isRoot(Path dir) {
    Path pom = dir.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      return Files.readString(pom).contains("<module>grammar</module>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
