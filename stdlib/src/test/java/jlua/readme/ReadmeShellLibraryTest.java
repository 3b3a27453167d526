package jlua.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jlua.testing.Host;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of README.md's "Shell-utility library" section run under jlua, each in an empty
 * directory, without error, and print what their {@code -->} comments say (compared word by word, in
 * order; lines without such a comment may print anything).
 */
class ReadmeShellLibraryTest {
  private static final String SECTION = "## Shell-utility library";

  @TempDir
  Path dir;

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAndPrintsWhatItSays() throws IOException {
    List<String[]> examples = examples(Files.readString(findReadme(), StandardCharsets.UTF_8));
    assertEquals(8, examples.size(), "one example per module: fs, proc, sys, unix, net, syslog, archive, lfs");
    return examples.stream().map(e -> DynamicTest.dynamicTest(e[0], () -> run(e[0], e[1])));
  }

  private void run(String title, String code) throws IOException {
    Path scratch = Files.createDirectory(dir.resolve(title.replaceAll("\\W+", "-")));
    Files.writeString(scratch.resolve("example.lua"), code); // not "fs.lua": require would find it
    List<String> argv = Host.jlua(System.getProperty("java.class.path"), "example.lua");
    Host.Run r = Host.command(scratch, argv.toArray(new String[0]));
    assertEquals(0, r.status(), () -> title + " failed:\n" + r.err());
    List<String> lines = words(r.out().split("\n", -1));
    int at = 0;
    for (String expected : expectations(code)) {
      while (at < lines.size() && !lines.get(at).equals(expected)) at++;
      assertTrue(at < lines.size(), title + " should print \"" + expected + "\", printed:\n" + r.out());
      at++;
    }
  }

  /** The ```lua blocks of the section, each with the heading above it. */
  static List<String[]> examples(String readme) {
    int start = readme.indexOf(SECTION);
    assertTrue(start >= 0, "README has the section " + SECTION);
    int end = readme.indexOf("\n## ", start + SECTION.length());
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String[]> out = new ArrayList<>();
    Matcher m = Pattern.compile("### ([^\\n]+)\\n.*?```lua\\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (m.find()) out.add(new String[] {m.group(1).strip(), m.group(2)});
    return out;
  }

  /** The text after each {@code -->}, in order. */
  private static List<String> expectations(String code) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("-->\\s*(.*)").matcher(code);
    while (m.find()) out.add(m.group(1).strip().replaceAll("\\s+", " "));
    assertFalse(out.isEmpty(), "an example shows what it prints");
    return out;
  }

  private static List<String> words(String[] lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) out.add(l.strip().replaceAll("\\s+", " "));
    return out;
  }

  /** The top-level README.md (stdlib/ has one of its own). */
  private static Path findReadme() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("stdlib/README.md"))) p = p.getParent();
    assertNotNull(p, "the repository above the module");
    return p.resolve("README.md");
  }
}
