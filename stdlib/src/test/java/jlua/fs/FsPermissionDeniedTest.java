package jlua.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EACCES, which root never sees: each failing call runs in a jlua process as nobody:nogroup, on files
 * root prepared. One process runs all the calls; each prints its three results on a line.
 */
class FsPermissionDeniedTest extends LuaFiles {
  @BeforeEach
  void files() throws IOException {
    Host.assumeRoot();
    Host.assumeCommand("setpriv");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(dir.resolve("closed/inner"));
    Files.writeString(dir.resolve("closed/inner/f"), "secret");
    Files.setPosixFilePermissions(dir.resolve("closed"), PosixFilePermissions.fromString("rwx------"));
    Files.createDirectory(dir.resolve("ro"));
    Files.writeString(dir.resolve("ro/f"), "x");
    Files.writeString(dir.resolve("private"), "x");
    Files.setPosixFilePermissions(dir.resolve("private"), PosixFilePermissions.fromString("rw-------"));
    Files.createDirectories(dir.resolve("mixed/locked"));
    Files.writeString(dir.resolve("mixed/locked/f"), "");
    Files.writeString(dir.resolve("mixed/mine"), "");
    Host.command(null, "chown", "-R", "nobody:nogroup", dir.resolve("mixed").toString());
    Host.command(null, "chown", "root", dir.resolve("mixed/locked").toString());
  }

  @Test
  void everyFunctionReportsEacces() {
    String[] calls = {
      "fs.stat('closed/inner/f')", "fs.read('private')", "fs.read('closed/inner/f')", "fs.write('ro/new', 'x')",
      "fs.write('ro/f', 'x')", "fs.write('ro/f', 'x', {atomic = true})", "fs.mkdir('ro/d')", "fs.rmdir('closed/inner')",
      "fs.rm('ro/f')", "fs.ls('closed')", "fs.dir('closed')", "fs.cp('private', 'x')", "fs.cp('ro/f', 'ro/g')",
      "fs.mv('ro/f', 'ro/g')", "fs.ln('mixed/mine', 'ro/h')", "fs.ln('x', 'ro/s', {symbolic = true})", "fs.touch('ro/t')",
      "fs.touch('ro/f', 5)", "fs.chdir('closed')", "fs.mkfifo('ro/p')", "fs.mktemp({dir = 'ro'})", "fs.chmod('ro/f', '0777')",
      "fs.realpath('closed/inner')", "fs.find('closed/inner')", "lfs.mkdir('ro/d')",
    };
    StringBuilder code = new StringBuilder("fs = require 'fs' lfs = require 'lfs'\n");
    for (String c : calls) code.append("print(").append(c).append(")\n");
    Host.Run r = Host.asNobody(dir, code.toString());
    String[] lines = r.out().split("\n");
    assertEquals(calls.length, lines.length, r.out() + r.err());
    for (int i = 0; i < calls.length; i++) {
      String expectedEnd = calls[i].startsWith("fs.chmod") || calls[i].startsWith("fs.touch('ro/f'")
          ? "Operation not permitted\t1" : "Permission denied\t13";
      assertTrue(lines[i].startsWith("nil\t") && lines[i].endsWith(expectedEnd), calls[i] + " gave " + lines[i]);
    }
    assertEquals("nil\tprivate: Permission denied\t13", lines[1]);
    assertEquals("nil\tro/new: Permission denied\t13", lines[3]);
  }

  @Test
  void recursiveRemovalGoesOnAndReportsTheFirstFailure() throws IOException {
    Host.Run r = Host.asNobody(dir, "fs = require 'fs' print(fs.rm('mixed', {recursive = true}))");
    assertEquals("nil\tmixed/locked/f: Permission denied\t13\n", r.out(), r.err());
    assertTrue(Files.exists(dir.resolve("mixed/locked/f")));
    assertTrue(!Files.exists(dir.resolve("mixed/mine")), "what could be removed was");
  }
}
