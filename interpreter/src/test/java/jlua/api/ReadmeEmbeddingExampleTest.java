package jlua.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example in README.md compiles against the API and prints what its comments say. */
class ReadmeEmbeddingExampleTest {
  @Test
  void readmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
    String readme = Files.readString(findReadme(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README has a java code block");
    String source = m.group(1);
    Path file = dir.resolve("Embed.java");
    Files.writeString(file, source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests run on a JDK");
    int rc = javac.run(null, null, null, "-cp", System.getProperty("java.class.path"),
        "-d", dir.toString(), file.toString());
    assertEquals(0, rc, "the README example compiles");

    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("Embed").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertEquals(expectedOutput(source), out.toString(StandardCharsets.UTF_8));
  }

  /** The expected output is written in the example's comments after each println. */
  private static String expectedOutput(String source) {
    StringBuilder sb = new StringBuilder();
    Matcher m = Pattern.compile("System\\.out\\.println\\(.*?//\\s*(.*)").matcher(source);
    while (m.find()) sb.append(m.group(1).strip()).append('\n');
    return sb.toString();
  }

  private static Path findReadme() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("README.md"))) p = p.getParent();
    assertNotNull(p, "README.md above the module");
    return p.resolve("README.md");
  }
}
