package jlua.initd.config;

import java.nio.file.Path;
import java.util.List;
import jlua.api.LuaTable;

/** One service defined by a service file: an rc-module run inside jinit, or a supervised daemon. */
public sealed interface Service {
  String name();

  /** The service file that defines it. */
  Path file();

  /** Names of the services that must be up before this one starts. */
  List<String> depends();

  /** False for {@code status = "stop"}: defined, but not started ("Not running NAME"). */
  boolean enabled();

  /** Whether a reload must restart the service: anything that defines it differs. */
  boolean sameDefinition(Service other);

  /** {@code module("name", package.seeall)}: start()/stop() run inside jinit, no process. */
  record RcModule(String name, Path file, List<String> depends, String description, ServiceFile source,
                  LuaTable module) implements Service {
    public RcModule {
      depends = List.copyOf(depends);
    }

    @Override
    public boolean enabled() {
      return true;
    }

    @Override
    public boolean sameDefinition(Service other) {
      return other instanceof RcModule m && m.name.equals(name) && m.depends.equals(depends)
          && m.source.digest().equals(source.digest());
    }
  }

  /** A global table with an {@code exec} field, merged over {@code _DEFAULT}. */
  record Daemon(String name, Path file, List<String> depends, boolean enabled, DaemonSpec spec) implements Service {
    public Daemon {
      depends = List.copyOf(depends);
    }

    @Override
    public boolean sameDefinition(Service other) {
      return other instanceof Daemon d && d.name.equals(name) && d.depends.equals(depends)
          && d.enabled == enabled && d.spec.equals(spec);
    }
  }
}
