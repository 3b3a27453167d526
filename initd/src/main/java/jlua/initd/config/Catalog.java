package jlua.initd.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What loading a service directory produced: the services (sorted by name), the load errors (each a
 * message that starts with "file:line:" where the line is known), and the files with errors (a reload
 * keeps the running services of such a file rather than stopping them).
 */
public record Catalog(List<Service> services, List<String> errors, Set<Path> brokenFiles) {
  public Catalog {
    services = List.copyOf(services);
    errors = List.copyOf(errors);
    brokenFiles = Set.copyOf(brokenFiles);
  }

  public Catalog(List<Service> services, List<String> errors) {
    this(services, errors, Set.of());
  }

  public Map<String, Service> byName() {
    return services.stream().collect(Collectors.toMap(Service::name, Function.identity(), (a, b) -> a,
        java.util.TreeMap::new));
  }
}
