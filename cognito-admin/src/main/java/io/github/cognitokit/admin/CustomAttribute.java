package io.github.cognitokit.admin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A custom user attribute of a pool, read back as {@code custom:<name>}. Custom attributes can be added to an
 * existing pool but never changed or removed. Immutable: the {@code with} methods return new instances.
 *
 * <pre>{@code
 * CustomAttribute.string("department").maxLength(64)
 * CustomAttribute.number("level").min(0).max(10).immutable()
 * }</pre>
 */
public final class CustomAttribute {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,20}");

  /** The data type of a custom attribute. */
  public enum Type {
    /** A string, with optional length limits. */
    STRING,
    /** A number, with optional value limits. */
    NUMBER,
    /** A boolean. */
    BOOLEAN,
    /** A date and time. */
    DATETIME
  }

  private final String name;
  private final Type type;
  private final Integer min;
  private final Integer max;
  private final boolean mutable;

  private CustomAttribute(String name, Type type, Integer min, Integer max, boolean mutable) {
    this.name = name;
    this.type = type;
    this.min = min;
    this.max = max;
    this.mutable = mutable;
  }

  private static CustomAttribute of(String name, Type type) {
    String n = name != null && name.startsWith("custom:") ? name.substring(7) : name;
    if (n == null || !NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("custom attribute name must be 1-20 characters without spaces (the"
          + " custom: prefix is added for you), was '" + name + "'");
    }
    return new CustomAttribute(n, type, null, null, true);
  }

  /**
   * Returns a mutable string attribute without length limits.
   *
   * @param name the name, without {@code custom:}
   * @return the attribute
   * @throws IllegalArgumentException if the name is invalid
   */
  public static CustomAttribute string(String name) {
    return of(name, Type.STRING);
  }

  /**
   * Returns a mutable number attribute without value limits.
   *
   * @param name the name, without {@code custom:}
   * @return the attribute
   * @throws IllegalArgumentException if the name is invalid
   */
  public static CustomAttribute number(String name) {
    return of(name, Type.NUMBER);
  }

  /**
   * Returns a mutable boolean attribute.
   *
   * @param name the name, without {@code custom:}
   * @return the attribute
   * @throws IllegalArgumentException if the name is invalid
   */
  public static CustomAttribute bool(String name) {
    return of(name, Type.BOOLEAN);
  }

  /**
   * Returns a mutable date-time attribute.
   *
   * @param name the name, without {@code custom:}
   * @return the attribute
   * @throws IllegalArgumentException if the name is invalid
   */
  public static CustomAttribute dateTime(String name) {
    return of(name, Type.DATETIME);
  }

  /**
   * Sets the least length (strings) or value (numbers).
   *
   * @param min the limit, zero or more
   * @return a copy with the limit
   * @throws IllegalArgumentException for booleans and date-times, or a negative string length
   */
  public CustomAttribute min(int min) {
    requireLimits();
    if (type == Type.STRING && (min < 0 || min > 2048)) {
      throw new IllegalArgumentException("min length of custom:" + name + " must be within 0..2048, was " + min);
    }
    return new CustomAttribute(name, type, min, max, mutable);
  }

  /**
   * Sets the greatest length (strings, up to 2048) or value (numbers).
   *
   * @param max the limit
   * @return a copy with the limit
   * @throws IllegalArgumentException for booleans and date-times, or an out-of-range string length
   */
  public CustomAttribute max(int max) {
    requireLimits();
    if (type == Type.STRING && (max < 1 || max > 2048)) {
      throw new IllegalArgumentException("max length of custom:" + name + " must be within 1..2048, was " + max);
    }
    if (min != null && max < min) {
      throw new IllegalArgumentException("max of custom:" + name + " must not be below min " + min);
    }
    return new CustomAttribute(name, type, min, max, mutable);
  }

  /**
   * Synonym of {@link #min(int)} for strings.
   *
   * @param length the least length
   * @return a copy with the limit
   */
  public CustomAttribute minLength(int length) {
    return min(length);
  }

  /**
   * Synonym of {@link #max(int)} for strings.
   *
   * @param length the greatest length
   * @return a copy with the limit
   */
  public CustomAttribute maxLength(int length) {
    return max(length);
  }

  /**
   * Makes the attribute read-only after the user is created.
   *
   * @return a copy that is not mutable
   */
  public CustomAttribute immutable() {
    return new CustomAttribute(name, type, min, max, false);
  }

  private void requireLimits() {
    if (type != Type.STRING && type != Type.NUMBER) {
      throw new IllegalArgumentException("custom:" + name + " is a " + type + " and has no limits");
    }
  }

  /**
   * Returns the name without prefix.
   *
   * @return for example {@code department}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the least length or value.
   *
   * @return the limit, or null
   */
  public Integer min() {
    return min;
  }

  /**
   * Returns the greatest length or value.
   *
   * @return the limit, or null
   */
  public Integer max() {
    return max;
  }

  /**
   * Tells whether users' values may change after creation.
   *
   * @return true unless {@link #immutable()}
   */
  public boolean mutable() {
    return mutable;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CustomAttribute)) {
      return false;
    }
    CustomAttribute c = (CustomAttribute) o;
    return name.equals(c.name) && type == c.type && Objects.equals(min, c.min) && Objects.equals(max, c.max)
        && mutable == c.mutable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, min, max, mutable);
  }

  @Override
  public String toString() {
    return "custom:" + name + "(" + type + (min == null ? "" : ", min " + min) + (max == null ? "" : ", max " + max)
        + (mutable ? "" : ", immutable") + ")";
  }
}
