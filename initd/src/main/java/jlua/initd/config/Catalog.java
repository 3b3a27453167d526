package jlua.initd.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What loading a service directory produced: the services (sorted by name) and the load errors, each a
 * message that starts with "file:line:" where the line is known.
 */
public record Catalog(List<Service> services, List<String> errors) {
  public Catalog {
    services = List.copyOf(services);
    errors = List.copyOf(errors);
  }

  public Map<String, Service> byName() {
    return services.stream().collect(Collectors.toMap(Service::name, Function.identity(), (a, b) -> a,
        java.util.TreeMap::new));
  }
}
