package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Copies SDK model values by member name, so that a describe result becomes the matching update request with every
 * field the SDK knows, including fields this library does not model. Read-only fields simply have no counterpart in
 * the request and are left behind.
 */
public final class SdkCopy {
  private SdkCopy() {}

  /**
   * Copies every field of {@code from} that {@code toBuilder} also has.
   *
   * @param from a model object, such as a {@code UserPoolType}
   * @param toBuilder a request builder, such as {@code UpdateUserPoolRequest.Builder}
   * @param renames target member name to source member name, for fields named differently
   * @param skip target member names not to copy
   */
  public static void copy(SdkPojo from, SdkPojo toBuilder, Map<String, String> renames, Set<String> skip) {
    Map<String, SdkField<?>> source = from.sdkFieldNameToField();
    for (SdkField<?> target : toBuilder.sdkFields()) {
      String name = target.memberName();
      if (skip.contains(name)) {
        continue;
      }
      SdkField<?> field = source.get(renames.getOrDefault(name, name));
      if (field == null) {
        continue;
      }
      Object value = field.getValueOrDefault(from);
      if (value != null) {
        target.set(toBuilder, value);
      }
    }
  }

  /**
   * Lists the fields whose values differ between two objects of one type.
   *
   * @param before the current state
   * @param after the desired state
   * @param skip member names not to compare
   * @return one change per differing field, in model order
   */
  public static List<FieldChange> diff(SdkPojo before, SdkPojo after, Set<String> skip) {
    List<FieldChange> changes = new ArrayList<>();
    for (SdkField<?> field : after.sdkFields()) {
      if (skip.contains(field.memberName())) {
        continue;
      }
      Object a = normalize(field.getValueOrDefault(before));
      Object b = normalize(field.getValueOrDefault(after));
      if (!Objects.equals(a, b)) {
        changes.add(new FieldChange(field.memberName(), a == null ? null : String.valueOf(a),
            b == null ? null : String.valueOf(b)));
      }
    }
    return changes;
  }

  private static Object normalize(Object value) {
    if (value instanceof List && ((List<?>) value).isEmpty()) {
      return null;
    }
    if (value instanceof Map && ((Map<?, ?>) value).isEmpty()) {
      return null;
    }
    return value;
  }
}
