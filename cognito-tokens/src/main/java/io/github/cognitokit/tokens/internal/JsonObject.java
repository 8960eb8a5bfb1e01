package io.github.cognitokit.tokens.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The unmodifiable map {@link Json} builds for a JSON object: members in document order in two flat arrays, with an
 * open-addressed index for lookups. About half the memory of a {@code LinkedHashMap} and no per-member node.
 * Every mutator throws {@link UnsupportedOperationException}; {@code equals}, {@code hashCode} and
 * {@code toString} follow the {@link Map} contract.
 */
final class JsonObject extends AbstractMap<String, Object> {
  private String[] keys;
  private Object[] values;
  /** Slot to member position plus one; zero is empty. Its length is a power of two, at least twice the capacity. */
  private int[] index;
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
    int slot = slot(key);
    if (index[slot] != 0) {
      return false;
    }
    if (size == keys.length) {
      grow();
      slot = slot(key);
    }
    keys[size] = key;
    values[size] = value;
    index[slot] = ++size;
    return true;
  }

  private void grow() {
    keys = Arrays.copyOf(keys, size * 2);
    values = Arrays.copyOf(values, size * 2);
    index = new int[size * 4];
    for (int i = 0; i < size; i++) {
      index[slot(keys[i])] = i + 1;
    }
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private int slot(Object key) {
    int h = key.hashCode();
    int mask = index.length - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (true) {
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
  }

  @Override
  public Object get(Object key) {
    if (key == null) {
      return null;
    }
    int at = index[slot(key)];
    return at == 0 ? null : values[at - 1];
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && index[slot(key)] != 0;
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
    throw new UnsupportedOperationException("JSON objects are unmodifiable");
  }

  @Override
  public Object remove(Object key) {
    throw new UnsupportedOperationException("JSON objects are unmodifiable");
  }

  @Override
  public void putAll(Map<? extends String, ?> m) {
    throw new UnsupportedOperationException("JSON objects are unmodifiable");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("JSON objects are unmodifiable");
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
