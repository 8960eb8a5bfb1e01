package io.github.cognitokit.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Ids by name for one kind of resource in one place (the account's user pools, one pool's app clients), from the
 * last listing. Cognito finds these by listing, a low-quota call in real accounts: a name seen in the last listing
 * costs nothing, a name not seen lists again (so something made elsewhere meanwhile is found, never made twice).
 * Thread-safe. Not part of the public API.
 */
public final class NameIndex {
  private final Map<String, Map<String, List<String>>> byScope = new ConcurrentHashMap<>();

  /** Creates an empty index. */
  public NameIndex() {}

  /**
   * Returns the ids that have a name.
   *
   * @param scope where the names live, such as {@code pools} or {@code clients:<poolId>}
   * @param name the name
   * @param list lists the scope afresh: every name in it with its ids
   * @return the ids; empty if none has the name after a fresh listing
   */
  public List<String> ids(String scope, String name, Supplier<Map<String, List<String>>> list) {
    Map<String, List<String>> known = byScope.get(scope);
    List<String> ids = known == null ? null : known.get(name);
    if (ids != null) {
      return ids;
    }
    Map<String, List<String>> listed = new ConcurrentHashMap<>();
    list.get().forEach((n, i) -> listed.put(n, List.copyOf(i)));
    byScope.put(scope, listed);
    return listed.getOrDefault(name, List.of());
  }

  /**
   * Records a resource made here, if the scope has been listed.
   *
   * @param scope the scope
   * @param name its name
   * @param id its id
   */
  public void remember(String scope, String name, String id) {
    Map<String, List<String>> known = byScope.get(scope);
    if (known != null) {
      known.merge(name, List.of(id), (a, b) -> {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
      });
    }
  }

  /**
   * Forgets a resource deleted here or found gone.
   *
   * @param scope the scope
   * @param name its name
   * @param id its id
   */
  public void forget(String scope, String name, String id) {
    Map<String, List<String>> known = byScope.get(scope);
    if (known != null) {
      known.computeIfPresent(name, (n, ids) -> {
        List<String> rest = ids.stream().filter(i -> !i.equals(id)).toList();
        return rest.isEmpty() ? null : rest;
      });
    }
  }
}
