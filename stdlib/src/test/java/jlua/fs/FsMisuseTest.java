package jlua.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jlua.testing.LuaFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misuse raises 5.1's "bad argument" errors, with the function's name. */
class FsMisuseTest extends LuaFiles {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "fs.cp('a')                               | bad argument #2 to 'cp' (string expected, got no value)",
    "fs.cp('a', 'b', {recrusive = true})      | bad argument #3 to 'cp' (unknown option 'recrusive')",
    "fs.cp('a', 'b', {recursive = 1})         | bad argument #3 to 'cp' (option 'recursive': boolean expected, got number)",
    "fs.cp('a', 'b', 'r')                     | bad argument #3 to 'cp' (table expected, got string)",
    "fs.rm({})                                | bad argument #1 to 'rm' (string expected, got table)",
    "fs.rm('x', {true})                       | bad argument #2 to 'rm' (unknown option '1')",
    "fs.mkdir('x', {mode = 'bogus'})          | bad argument #2 to 'mkdir' (option 'mode': invalid mode 'bogus')",
    "fs.chmod('x')                            | bad argument #2 to 'chmod' (string expected, got no value)",
    "fs.chmod('x', 'u+q')                     | bad argument #2 to 'chmod' (invalid mode 'u+q')",
    "fs.chown('x', {})                        | bad argument #2 to 'chown' (string expected, got table)",
    "fs.write('x')                            | bad argument #2 to 'write' (string expected, got no value)",
    "fs.mktemp({prefix = {}})                 | bad argument #1 to 'mktemp' (option 'prefix': string expected, got table)",
    "fs.touch('x', 'soon')                    | bad argument #2 to 'touch' (number expected, got string)",
    "fs.find('.', {maxdepth = 'deep'})        | bad argument #2 to 'find' (option 'maxdepth': number expected, got string)",
    "fs.join()                                | bad argument #1 to 'join' (string expected, got no value)",
  })
  void misuseRaises(String call, String message) {
    assertEquals("(embedded) " + call + ":1: " + message, error(call).replace("[string \"", "").replace("\"]", ""));
  }
}
