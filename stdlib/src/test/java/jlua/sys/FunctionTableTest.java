package jlua.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import jlua.api.LuaTable;
import jlua.testing.LuaFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The modules registered through FunctionTable list exactly their functions, and each one dispatches. */
class FunctionTableTest extends LuaFiles {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "fs|basename chdir chmod chown cp cwd df dir dirname exists find glob isdir isfile islink join ln ls lstat"
        + " mkdir mkfifo mktemp mv read readlink realpath rm rmdir stat touch umask write",
    "proc|getegid geteuid getgid getpid getppid getuid kill pidof ps run setgid setuid sleep spawn trap wait",
  })
  void everyListedFunctionDispatches(String module, String names) {
    LuaTable t = (LuaTable) value("return require '" + module + "'");
    Set<String> functions = new TreeSet<>();
    for (int pos = t.nextPosition(null); pos >= 0; pos = t.nextPosition(t.keyAt(pos))) {
      if (t.valueAt(pos) instanceof jlua.api.LuaFunction) functions.add((String) t.keyAt(pos));
    }
    assertEquals(new TreeSet<>(Set.of(names.split(" "))), functions);
    for (String name : functions) {
      if (name.equals("setuid") || name.equals("setgid")) continue; // with a bad user they fail as OS errors
      Object[] r = run("return pcall(" + module + "." + name + ", true)"); // true: misuse everywhere it matters
      assertFalse(String.valueOf(r.length > 1 ? r[1] : null).contains("not dispatched"), module + "." + name);
    }
  }
}
