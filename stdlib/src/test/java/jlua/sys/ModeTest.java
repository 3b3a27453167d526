package jlua.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModeTest {
  @ParameterizedTest(name = "{0} on {1} (dir={2}, umask {3}) = {4}")
  @CsvSource({
    // mode,      current, dir,   umask, result (all octal)
    "'0755',      0,       false, 022,   0755",
    "'755',       0,       false, 022,   0755",
    "'4755',      0,       false, 022,   4755",
    "'u+x',       0644,    false, 022,   0744",
    "'u+x,go-w',  0666,    false, 022,   0744",
    "'a=r',       0777,    false, 022,   0444",
    "'+x',        0644,    false, 022,   0755",
    "'+w',        0444,    false, 022,   0644",
    "'=rw',       0777,    false, 027,   0640",
    "'u=rwX',     0600,    false, 022,   0600",
    "'u=rwX',     0600,    true,  022,   0700",
    "'a+X',       0644,    false, 022,   0644",
    "'a+X',       0744,    false, 022,   0755",
    "'g=u',       0740,    false, 022,   0770",
    "'o=g',       0751,    false, 022,   0755",
    "'u+s',       0755,    false, 022,   4755",
    "'g+s,o+t',   0755,    true,  022,   3755",
    "'o-t',       1777,    true,  022,   0777",
    "'go=',       0755,    false, 022,   0700",
    "'=',         2755,    true,  022,   2000",
    "'u+rw-x',    0100,    false, 022,   0600",
  })
  void symbolicAndOctalModes(String spec, String current, boolean dir, String umask, String result) {
    Mode m = Mode.parse(spec);
    assertEquals(Integer.parseInt(result, 8), m.apply(Integer.parseInt(current, 8), dir, Integer.parseInt(umask, 8)));
  }

  @Test
  void numbersAreModes() {
    assertEquals(0640, Mode.parse(416.0).apply(0777, false, 0));
    assertTrue(Mode.parse(416.0).isAbsolute());
    assertFalse(Mode.parse("u+x").isAbsolute());
  }

  @ParameterizedTest
  @CsvSource({"'zz'", "'u+z'", "'8'", "'77777'", "'u'", "''", "'u+x,'"})
  void malformedModesAreRefused(String spec) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mode.parse(spec));
    assertEquals("invalid mode '" + spec + "'", e.getMessage());
  }

  @Test
  void numbersOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Mode.parse(4096.0));
    assertThrows(IllegalArgumentException.class, () -> Mode.parse(1.5));
  }

  @Test
  void formats() {
    assertEquals("0644", Mode.octal(0100644));
    assertEquals("4755", Mode.octal(04755));
    assertEquals("rwxr-xr-x", Mode.letters(0755));
    assertEquals("rwsr-Sr-T", Mode.letters(07744));
    assertEquals("rw-r--r--", Mode.letters(0644));
  }

  @Test
  void masksTakeTheNineLetterForm() {
    assertEquals(077, Mode.parseMask("---rwxrwx"));
    assertEquals(022, Mode.parseMask("----w--w-"));
    assertEquals(027, Mode.parseMask("027"));
    assertEquals(022, Mode.parseMask(18.0));
    assertThrows(IllegalArgumentException.class, () -> Mode.parseMask("u+x"));
  }
}
