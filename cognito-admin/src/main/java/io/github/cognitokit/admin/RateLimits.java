package io.github.cognitokit.admin;

/**
 * Client-side request rates per Cognito quota category, in requests per second. The defaults are Cognito's default
 * account quotas; lower them when other jobs share the account, raise them if AWS raised yours. When Cognito
 * throttles anyway, the rate of that category halves and recovers as calls succeed.
 */
public final class RateLimits {
  private final double userCreation;
  private final double userUpdate;
  private final double userResourceUpdate;
  private final double userList;

  private RateLimits(Builder b) {
    this.userCreation = b.userCreation;
    this.userUpdate = b.userUpdate;
    this.userResourceUpdate = b.userResourceUpdate;
    this.userList = b.userList;
  }

  /**
   * Returns the defaults: UserCreation 50, UserUpdate 25, UserResourceUpdate 25, UserList 30 per second.
   *
   * @return the defaults
   */
  public static RateLimits defaults() {
    return builder().build();
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rate of AdminCreateUser.
   *
   * @return requests per second
   */
  public double userCreation() {
    return userCreation;
  }

  /**
   * Returns the rate of attribute, enable, disable, delete and password calls.
   *
   * @return requests per second
   */
  public double userUpdate() {
    return userUpdate;
  }

  /**
   * Returns the rate of group membership calls.
   *
   * @return requests per second
   */
  public double userResourceUpdate() {
    return userResourceUpdate;
  }

  /**
   * Returns the rate of ListUsers and ListUsersInGroup.
   *
   * @return requests per second
   */
  public double userList() {
    return userList;
  }

  @Override
  public String toString() {
    return "RateLimits{creation=" + userCreation + ", update=" + userUpdate + ", resourceUpdate=" + userResourceUpdate
        + ", list=" + userList + "}";
  }

  /** Builds {@link RateLimits}; each rate must be above zero and at most 10,000. */
  public static final class Builder {
    private double userCreation = 50;
    private double userUpdate = 25;
    private double userResourceUpdate = 25;
    private double userList = 30;

    private Builder() {}

    private static double check(String name, double v) {
      if (!(v > 0) || v > 10_000) {
        throw new IllegalArgumentException(name + " must be within (0, 10000] requests per second, was " + v);
      }
      return v;
    }

    /**
     * Sets the UserCreation rate.
     *
     * @param perSecond requests per second
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder userCreation(double perSecond) {
      this.userCreation = check("userCreation", perSecond);
      return this;
    }

    /**
     * Sets the UserUpdate rate.
     *
     * @param perSecond requests per second
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder userUpdate(double perSecond) {
      this.userUpdate = check("userUpdate", perSecond);
      return this;
    }

    /**
     * Sets the UserResourceUpdate rate.
     *
     * @param perSecond requests per second
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder userResourceUpdate(double perSecond) {
      this.userResourceUpdate = check("userResourceUpdate", perSecond);
      return this;
    }

    /**
     * Sets the UserList rate.
     *
     * @param perSecond requests per second
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder userList(double perSecond) {
      this.userList = check("userList", perSecond);
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public RateLimits build() {
      return new RateLimits(this);
    }
  }
}
