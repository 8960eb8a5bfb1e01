package io.github.cognitokit.admin;

import java.util.List;
import java.util.function.Consumer;

/**
 * One setting of a spec, for the planner tests: a spec change that matches the contract fixture, one that differs
 * from it, and the fields the difference changes (empty for a setting fixed at creation, where it is IMMUTABLE).
 *
 * @param <S> the spec
 * @param name the setting, as the report or the IMMUTABLE message names it
 * @param same sets it as real Cognito has it
 * @param other sets it differently
 * @param changes the fields a plan changes for {@code other}
 */
record SettingCase<S>(String name, Consumer<S> same, Consumer<S> other, List<String> changes) {
  /** A setting fixed at creation: a difference is IMMUTABLE, so it changes no field. */
  static <S> SettingCase<S> creationOnly(String name, Consumer<S> same, Consumer<S> other) {
    return new SettingCase<>(name, same, other, List.of());
  }

  @Override
  public String toString() {
    return name;
  }
}
