package jlua.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jlua.testing.Host;
import org.junit.jupiter.api.Test;

/** Scripts that need no native call must not load JNR (150-300 ms of start-up). */
class LazyNativeTest {
  private static String classesLoaded(String code) {
    var argv = Host.jlua(System.getProperty("java.class.path"), "-e", code);
    argv.add(1, "-verbose:class");
    Host.Run r = Host.command(null, argv.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    return r.out();
  }

  @Test
  void fsWithoutNativeCallsLoadsNoJnr() {
    String loaded = classesLoaded("local fs = require 'fs'; assert(fs.stat('/').type == 'directory');"
        + " fs.exists('/tmp'); fs.ls('/'); fs.umask(); local u = require 'unix'; assert(u.users.root)");
    assertTrue(loaded.contains("jlua.fs.Fs "), "fs was loaded");
    assertFalse(loaded.contains("jnr."), "jnr was loaded");
    assertFalse(loaded.contains("com.kenai.jffi"), "jffi was loaded");
  }

  @Test
  void archiveModuleLoadsCommonsCompressOnlyWhenUsed() {
    String loaded = classesLoaded("local a = require 'archive'; assert(type(a.create) == 'function')");
    assertFalse(loaded.contains("org.apache.commons.compress"), "commons-compress was loaded");
  }

  @Test
  void nativeCallsLoadJnr() {
    String loaded = classesLoaded("local fs = require 'fs'; assert(fs.df('/').size > 0)");
    assertTrue(loaded.contains("jnr.ffi"));
  }
}
