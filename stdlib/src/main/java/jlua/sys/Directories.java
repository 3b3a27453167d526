package jlua.sys;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reading directories. */
public final class Directories {
  private Directories() {}

  /** The names in a directory as Lua strings, "." and ".." excluded, sorted bytewise (as C's strcmp). */
  public static List<String> names(SysPath dir) throws OsError {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.path())) {
      for (Path p : entries) names.add(SysPath.text(p.getFileName()));
    } catch (IOException e) {
      throw dir.error(e);
    } catch (DirectoryIteratorException e) {
      throw dir.error(e.getCause());
    }
    Collections.sort(names);
    return names;
  }
}
