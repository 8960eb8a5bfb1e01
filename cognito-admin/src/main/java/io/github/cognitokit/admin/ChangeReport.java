package io.github.cognitokit.admin;

import java.util.List;
import java.util.Objects;

/**
 * What an {@code ensure()} did to one resource (or, from {@code plan()}, what it would do): created it, updated
 * the fields listed, or found it as desired.
 *
 * <p>Field values are shown as the SDK prints them, which hides values Cognito marks sensitive (such as client
 * secrets).
 */
public final class ChangeReport {
  /** The kind of change. */
  public enum Change {
    /** The resource did not exist and was created. */
    CREATED,
    /** The resource existed and the listed fields were changed. */
    UPDATED,
    /** The resource already matched; nothing was written. */
    UNCHANGED,
    /** The resource was deleted. */
    DELETED,
    /** The resource was asked to be deleted and did not exist. */
    ABSENT
  }

  /**
   * One changed setting.
   *
   * @param field the setting, in Cognito's API names, for example {@code Policies} or {@code CallbackURLs}
   * @param before the value before, or null
   * @param after the value after, or null
   */
  public record FieldChange(String field, String before, String after) {
    @Override
    public String toString() {
      return field + ": " + before + " -> " + after;
    }
  }

  private final String resource;
  private final Change change;
  private final List<FieldChange> fields;

  /**
   * Creates a report.
   *
   * @param resource the resource, for example {@code app client gateway-service}
   * @param change the kind of change
   * @param fields the changed fields; empty for CREATED, UNCHANGED, DELETED and ABSENT
   */
  public ChangeReport(String resource, Change change, List<FieldChange> fields) {
    this.resource = Objects.requireNonNullElse(resource, "");
    this.change = Objects.requireNonNull(change, "change");
    this.fields = List.copyOf(fields);
  }

  /**
   * Returns the resource.
   *
   * @return a description such as {@code user pool modelop}
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the kind of change.
   *
   * @return the change
   */
  public Change change() {
    return change;
  }

  /**
   * Returns the changed fields.
   *
   * @return the fields, field by field; unmodifiable
   */
  public List<FieldChange> fields() {
    return fields;
  }

  /**
   * Tells whether anything was (or would be) written.
   *
   * @return false only for UNCHANGED and ABSENT
   */
  public boolean changed() {
    return change != Change.UNCHANGED && change != Change.ABSENT;
  }

  @Override
  public String toString() {
    return resource + ": " + change + (fields.isEmpty() ? "" : " " + fields);
  }
}
