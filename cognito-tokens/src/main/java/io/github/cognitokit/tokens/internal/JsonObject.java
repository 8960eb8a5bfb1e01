package io.github.cognitokit.tokens.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The unmodifiable map {@link Json} builds for a JSON object: members in document order in two flat arrays, with an
 * open-addressed index for lookups. About half the memory of a {@code LinkedHashMap} and no per-member node.
 * Member names are attacker-chosen, so an insertion that probes more than {@value #MAX_PROBES} slots (names whose
 * {@code String.hashCode} collide on purpose) moves the lookups to a {@code HashMap}, whose colliding bins are
 * trees: parsing stays linear in the member count instead of quadratic.
 * Every mutator throws {@link UnsupportedOperationException}; {@code equals}, {@code hashCode} and
 * {@code toString} follow the {@link Map} contract.
 */
final class JsonObject extends AbstractMap<String, Object> {
  private String[] keys;
  private Object[] values;
  /** The most probes an insertion may take before lookups move to a {@code HashMap}. */
  static final int MAX_PROBES = 16;

  /**
   * Slot to member position plus one; zero is empty. Its length is a power of two, at least twice the capacity.
   * Null once spilled.
   */
  private int[] index;
  /** Name to member position, used instead of {@link #index} once names collided too often; else null. */
  private HashMap<String, Integer> spill;
  private int size;
  private Set<Map.Entry<String, Object>> entrySet;

  JsonObject() {
    keys = new String[16];
    values = new Object[16];
    index = new int[32];
  }

  /**
   * Adds a member while parsing.
   *
   * @return false if the name is already a member (nothing is added)
   */
  boolean add(String key, Object value) {
    if (spill != null) {
      if (spill.putIfAbsent(key, size) != null) {
        return false;
      }
      append(key, value);
      return true;
    }
    int slot = slot(key);
    if (slot < 0) {
      spill();
      return add(key, value);
    }
    if (index[slot] != 0) {
      return false;
    }
    if (size == keys.length) {
      grow();
      return add(key, value);
    }
    append(key, value);
    index[slot] = size;
    return true;
  }

  private void append(String key, Object value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
  }

  private void grow() {
    keys = Arrays.copyOf(keys, size * 2);
    values = Arrays.copyOf(values, size * 2);
    index = new int[size * 4];
    for (int i = 0; i < size; i++) {
      int slot = slot(keys[i]);
      if (slot < 0) {
        spill();
        return;
      }
      index[slot] = i + 1;
    }
  }

  /**
   * Moves the lookups to a {@code HashMap}, whose bins of colliding strings become trees ordered by
   * {@code compareTo}: names chosen to collide then cost a logarithmic lookup, not a linear probe.
   */
  private void spill() {
    HashMap<String, Integer> m = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      m.put(keys[i], i);
    }
    spill = m;
    index = null;
  }

  /**
   * The slot holding {@code key}, or the empty slot where it would go; -1 if that takes more than
   * {@value #MAX_PROBES} probes (names chosen to collide), after which the object spills to a {@code HashMap}.
   */
  private int slot(Object key) {
    int h = key.hashCode();
    int mask = index.length - 1;
    int i = (h ^ (h >>> 16)) & mask;
    for (int probes = 0; probes <= MAX_PROBES; probes++) {
      int at = index[i];
      if (at == 0) {
        return i;
      }
      String k = keys[at - 1];
      if (k == key || k.equals(key)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** The position of {@code key} among the members, or -1. */
  private int position(Object key) {
    if (spill != null) {
      Integer at = spill.get(key);
      return at == null ? -1 : at;
    }
    int h = key.hashCode();
    int mask = index.length - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (true) {
      int at = index[i];
      if (at == 0) {
        return -1;
      }
      String k = keys[at - 1];
      if (k == key || k.equals(key)) {
        return at - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** True once lookups went to a {@code HashMap}; for tests. */
  boolean spilled() {
    return spill != null;
  }

  @Override
  public Object get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    int at = position(key);
    return at < 0 ? null : values[at];
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String && position(key) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  @Override
  public Object put(String key, Object value) {
    throw Rejections.unsupported("JSON objects are unmodifiable");
  }

  @Override
  public Object remove(Object key) {
    throw Rejections.unsupported("JSON objects are unmodifiable");
  }

  @Override
  public void putAll(Map<? extends String, ?> m) {
    throw Rejections.unsupported("JSON objects are unmodifiable");
  }

  @Override
  public void clear() {
    throw Rejections.unsupported("JSON objects are unmodifiable");
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    Set<Map.Entry<String, Object>> s = entrySet;
    if (s == null) {
      s = new Entries();
      entrySet = s;
    }
    return s;
  }

  private final class Entries extends AbstractSet<Map.Entry<String, Object>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<String, Object>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Map.Entry<String, Object> next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          int i = next++;
          return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
        }
      };
    }
  }
}
