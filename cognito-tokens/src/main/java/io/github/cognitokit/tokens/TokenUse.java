package io.github.cognitokit.tokens;

/** Which Cognito tokens a verifier accepts, by their {@code token_use} claim. */
public enum TokenUse {
  /** ID tokens ({@code token_use} = {@code id}): the client id is in {@code aud}. */
  ID("id"),
  /** Access tokens ({@code token_use} = {@code access}): the client id is in {@code client_id}. */
  ACCESS("access"),
  /** Either kind; {@code token_use} must still be {@code id} or {@code access}. */
  ANY(null);

  private final String claimValue;

  TokenUse(String claimValue) {
    this.claimValue = claimValue;
  }

  /**
   * Returns the {@code token_use} claim value of this kind.
   *
   * @return {@code id} or {@code access}; null for {@link #ANY}
   */
  public String claimValue() {
    return claimValue;
  }

  /**
   * Returns the kind named by a {@code token_use} claim value.
   *
   * @param value the claim value
   * @return {@link #ID} or {@link #ACCESS}, or null if the value is neither
   */
  public static TokenUse fromClaim(Object value) {
    if ("id".equals(value)) {
      return ID;
    }
    if ("access".equals(value)) {
      return ACCESS;
    }
    return null;
  }
}
