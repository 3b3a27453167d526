package jlua.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jlua.api.Lua;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk cache of compiled chunks: stored once, found again, never trusted blindly. */
class ChunkCacheTest {
  private static final String CHUNK = "local a, b = ... return (a or 2) * 21, 'x' .. tostring(b)";

  @TempDir Path dir;

  @Test
  void storesACompiledChunkAndFindsItAgain() throws IOException {
    ChunkCache cache = ChunkCache.enable(dir.resolve("jlua"));
    assertNotNull(cache);
    assertNull(cache.lookup(CHUNK, "=test", false, 0));
    cache.store(CHUNK, "=test", false, 0, Loader.compile(CHUNK, "=test", false, 0));
    List<Path> files = entries();
    assertEquals(1, files.size(), "one entry, no temporary file left: " + files);
    assertEquals(true, files.get(0).toString().endsWith(".luac"));
    Proto found = cache.lookup(CHUNK, "=test", false, 0);
    assertNotNull(found);
    assertArrayEquals(new Object[] {42.0, "xnil"}, run(found));
    assertNull(cache.lookup(CHUNK, "=other", false, 0), "the chunk name is part of the key");
  }

  @Test
  void aDamagedEntryIsNotUsed() throws IOException {
    ChunkCache cache = ChunkCache.enable(dir.resolve("jlua"));
    cache.store(CHUNK, "=test", false, 0, Loader.compile(CHUNK, "=test", false, 0));
    Path entry = entries().get(0);
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertNull(cache.lookup(CHUNK, "=test", false, 0));
  }

  @Test
  void theOwnerAloneMayUseTheDirectory() throws IOException {
    ChunkCache.enable(dir.resolve("jlua"));
    assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("jlua"))));
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("jlua"))) {
      return s.toList();
    }
  }

  private static Object[] run(Proto p) {
    Lua lua = new Lua();
    LuaClosure f = new LuaClosure(p, lua.globals());
    for (int i = 0; i < f.upvals.length; i++) f.upvals[i] = UpVal.closedWith(null);
    return lua.call(f);
  }
}
