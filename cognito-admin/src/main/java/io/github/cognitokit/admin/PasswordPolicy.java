package io.github.cognitokit.admin;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;

/**
 * A password policy: only the settings given are changed; the others keep their current values.
 *
 * <pre>{@code
 * pool.passwordPolicy(p -> p.minLength(12).requireSymbols(true).temporaryPasswordValidity(Duration.ofDays(3)))
 * }</pre>
 */
public final class PasswordPolicy {
  private final Integer minLength;
  private final Boolean requireLowercase;
  private final Boolean requireUppercase;
  private final Boolean requireNumbers;
  private final Boolean requireSymbols;
  private final Integer temporaryPasswordValidityDays;
  private final Integer passwordHistorySize;

  private PasswordPolicy(Builder b) {
    this.minLength = b.minLength;
    this.requireLowercase = b.requireLowercase;
    this.requireUppercase = b.requireUppercase;
    this.requireNumbers = b.requireNumbers;
    this.requireSymbols = b.requireSymbols;
    this.temporaryPasswordValidityDays = b.temporaryPasswordValidityDays;
    this.passwordHistorySize = b.passwordHistorySize;
  }

  /**
   * Returns a builder with nothing set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this policy's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minLength = minLength;
    b.requireLowercase = requireLowercase;
    b.requireUppercase = requireUppercase;
    b.requireNumbers = requireNumbers;
    b.requireSymbols = requireSymbols;
    b.temporaryPasswordValidityDays = temporaryPasswordValidityDays;
    b.passwordHistorySize = passwordHistorySize;
    return b;
  }

  /**
   * Applies the settings given onto a current policy.
   *
   * @param current the current policy, or null
   * @return the merged policy
   */
  PasswordPolicyType mergeInto(PasswordPolicyType current) {
    PasswordPolicyType.Builder b = current == null ? PasswordPolicyType.builder() : current.toBuilder();
    if (minLength != null) {
      b.minimumLength(minLength);
    }
    if (requireLowercase != null) {
      b.requireLowercase(requireLowercase);
    }
    if (requireUppercase != null) {
      b.requireUppercase(requireUppercase);
    }
    if (requireNumbers != null) {
      b.requireNumbers(requireNumbers);
    }
    if (requireSymbols != null) {
      b.requireSymbols(requireSymbols);
    }
    if (temporaryPasswordValidityDays != null) {
      b.temporaryPasswordValidityDays(temporaryPasswordValidityDays);
    }
    if (passwordHistorySize != null) {
      b.passwordHistorySize(passwordHistorySize);
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordPolicy && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }

  @Override
  public String toString() {
    return "PasswordPolicy{minLength=" + minLength + ", lower=" + requireLowercase + ", upper=" + requireUppercase
        + ", numbers=" + requireNumbers + ", symbols=" + requireSymbols + ", temporaryDays="
        + temporaryPasswordValidityDays + ", history=" + passwordHistorySize + "}";
  }

  /** Builds a {@link PasswordPolicy}; each setter checks its range. */
  public static final class Builder {
    private Integer minLength;
    private Boolean requireLowercase;
    private Boolean requireUppercase;
    private Boolean requireNumbers;
    private Boolean requireSymbols;
    private Integer temporaryPasswordValidityDays;
    private Integer passwordHistorySize;

    private Builder() {}

    /**
     * Sets the least length.
     *
     * @param length 6 to 99
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder minLength(int length) {
      if (length < 6 || length > 99) {
        throw new IllegalArgumentException("passwordPolicy minLength must be within 6..99, was " + length);
      }
      this.minLength = length;
      return this;
    }

    /**
     * Requires a lower-case letter.
     *
     * @param required whether to require one
     * @return this builder
     */
    public Builder requireLowercase(boolean required) {
      this.requireLowercase = required;
      return this;
    }

    /**
     * Requires an upper-case letter.
     *
     * @param required whether to require one
     * @return this builder
     */
    public Builder requireUppercase(boolean required) {
      this.requireUppercase = required;
      return this;
    }

    /**
     * Requires a digit.
     *
     * @param required whether to require one
     * @return this builder
     */
    public Builder requireNumbers(boolean required) {
      this.requireNumbers = required;
      return this;
    }

    /**
     * Requires a symbol.
     *
     * @param required whether to require one
     * @return this builder
     */
    public Builder requireSymbols(boolean required) {
      this.requireSymbols = required;
      return this;
    }

    /**
     * Sets how long temporary passwords stay valid.
     *
     * @param validity whole days, 1 to 365
     * @return this builder
     * @throws IllegalArgumentException if null, not whole days, or out of range
     */
    public Builder temporaryPasswordValidity(Duration validity) {
      if (validity == null || validity.toDays() < 1 || validity.toDays() > 365
          || !validity.equals(Duration.ofDays(validity.toDays()))) {
        throw new IllegalArgumentException("passwordPolicy temporaryPasswordValidity must be whole days within"
            + " 1..365, was " + validity);
      }
      this.temporaryPasswordValidityDays = (int) validity.toDays();
      return this;
    }

    /**
     * Forbids reusing this many previous passwords (Essentials plan or higher).
     *
     * @param size 0 to 24
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder passwordHistorySize(int size) {
      if (size < 0 || size > 24) {
        throw new IllegalArgumentException("passwordPolicy passwordHistorySize must be within 0..24, was " + size);
      }
      this.passwordHistorySize = size;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public PasswordPolicy build() {
      return new PasswordPolicy(this);
    }
  }
}
