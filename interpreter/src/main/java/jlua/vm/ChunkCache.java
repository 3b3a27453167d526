package jlua.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A cache of compiled chunks on disk, so running the same script again skips parsing (the slowest
 * part of a cold start). Entries are keyed by a hash of the source, its chunk name, the loading
 * options and this build of jlua, hold {@link Dump} output, and are written to a temporary name then
 * renamed. A cache directory that cannot be used is simply not used.
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

  private Path entry(String source, String chunkName, boolean skipShebang, int callDepth) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(buildId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(chunkName.getBytes(StandardCharsets.ISO_8859_1));
      sha.update((byte) 0);
      sha.update((byte) (skipShebang ? 1 : 0));
      sha.update((byte) callDepth);
      sha.update(source.getBytes(StandardCharsets.ISO_8859_1));
      return dir.resolve(HexFormat.of().formatHex(sha.digest()) + ".luac");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The cached prototype for this chunk, or null. */
  Proto lookup(String source, String chunkName, boolean skipShebang, int callDepth) {
    Path file = entry(source, chunkName, skipShebang, callDepth);
    try {
      byte[] bytes = Files.readAllBytes(file);
      return Dump.undump(new String(bytes, StandardCharsets.ISO_8859_1), chunkName);
    } catch (IOException | RuntimeException e) {
      return null; // absent or unreadable: compile afresh
    }
  }

  /** Stores a freshly compiled prototype (best effort). */
  void store(String source, String chunkName, boolean skipShebang, int callDepth, Proto p) {
    Path file = entry(source, chunkName, skipShebang, callDepth);
    try {
      Path tmp = Files.createTempFile(dir, "tmp", ".part");
      Files.write(tmp, Dump.dump(p).getBytes(StandardCharsets.ISO_8859_1));
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
