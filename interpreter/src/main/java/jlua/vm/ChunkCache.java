package jlua.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A cache of compiled chunks on disk, so running the same script again skips parsing (the slowest
 * part of a cold start). An entry is named by a hash of the source, its chunk name, the loading
 * options and this build of jlua; it holds that key text and the source itself (compared in full on
 * lookup, so a hash collision can only cost a recompilation) followed by the {@link Dump} output. It
 * is written to a temporary name then renamed. A cache directory that cannot be used is not used.
 *
 * <p>Used by the {@code jlua} command (in {@code $XDG_CACHE_HOME/jlua} or {@code ~/.cache/jlua};
 * {@code JLUA_CACHE=off} disables it); embedders opt in with {@link #enable}.
 */
public final class ChunkCache {
  private static final int MAX_ENTRIES = 512; // beyond this, the oldest entries are removed
  private final Path dir;
  private final String buildId;

  private ChunkCache(Path dir, String buildId) {
    this.dir = dir;
    this.buildId = buildId;
  }

  /** A cache in {@code dir} (created owner-only if missing), or null if it cannot be used. */
  public static ChunkCache enable(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      if (!Files.isWritable(dir)) return null;
      return new ChunkCache(dir, buildId());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }

  /** The default location for the command: $XDG_CACHE_HOME/jlua or ~/.cache/jlua. */
  public static Path defaultDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty()) return Path.of(xdg, "jlua");
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".cache", "jlua");
  }

  /** Identifies this build: the code location and its modification time (a rebuild invalidates entries). */
  private static String buildId() {
    try {
      Path code = Path.of(ChunkCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code + "@" + Files.getLastModifiedTime(code).toMillis();
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** The header an entry must start with: everything that identifies the chunk, then its source. */
  private String header(String source, String chunkName, boolean skipShebang, int callDepth) {
    return buildId + "\0" + chunkName + "\0" + (skipShebang ? 1 : 0) + "\0" + callDepth + "\0" + source.length()
        + "\0" + source;
  }

  private Path entry(String header) {
    long h1 = 0xcbf29ce484222325L; // FNV-1a and a second polynomial hash: 128 bits of file name
    long h2 = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < header.length(); i++) {
      char ch = header.charAt(i);
      h1 = (h1 ^ ch) * 0x100000001b3L;
      h2 = h2 * 31 + ch;
    }
    return dir.resolve(Long.toHexString(h1) + Long.toHexString(h2) + ".luac");
  }

  /** The cached prototype for this chunk, or null. */
  Proto lookup(String source, String chunkName, boolean skipShebang, int callDepth) {
    String header = header(source, chunkName, skipShebang, callDepth);
    try {
      byte[] bytes = Files.readAllBytes(entry(header));
      String content = new String(bytes, StandardCharsets.ISO_8859_1);
      if (!content.startsWith(header)) return null;
      return Dump.undump(content.substring(header.length()), chunkName);
    } catch (IOException | RuntimeException e) {
      return null; // absent or unreadable: compile afresh
    }
  }

  /** Stores a freshly compiled prototype (best effort). */
  void store(String source, String chunkName, boolean skipShebang, int callDepth, Proto p) {
    String header = header(source, chunkName, skipShebang, callDepth);
    Path file = entry(header);
    try {
      // named by the clock, not Files.createTempFile: its SecureRandom took ~10 ms to set up in every
      // run that stored a chunk. CREATE_NEW fails on a clash (and the directory is its owner's alone).
      Path tmp = dir.resolve("tmp" + Long.toHexString(System.nanoTime()) + ".part");
      Files.write(tmp, (header + Dump.dump(p)).getBytes(StandardCharsets.ISO_8859_1), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      trim();
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written just does not speed things up
    }
  }

  private void trim() throws IOException {
    String[] names = dir.toFile().list();
    if (names == null || names.length <= MAX_ENTRIES) return;
    try (var files = Files.list(dir)) {
      files.sorted((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
          .limit(names.length - MAX_ENTRIES / 2)
          .forEach(f -> f.toFile().delete());
    }
  }
}
