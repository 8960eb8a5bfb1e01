package io.github.cognitokit.auth;

import java.io.Serializable;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One hosted-UI sign-in under way: the address to send the browser to, and what the callback must match (the
 * {@code state}, the {@code nonce} and the PKCE verifier). Keep it in the user's session between the redirect and the
 * callback (it is {@link Serializable}, for sessions that are stored or replicated); it can be completed once.
 * {@link #toString()} shows neither the verifier nor the nonce.
 */
public final class LoginRequest implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Where to send the browser; null for a restored login. */
  private final URI authorizationUri;
  /** The state the callback must carry. */
  private final String state;
  /** The nonce the ID token must carry. */
  private final String nonce;
  /** The PKCE verifier. */
  private final String codeVerifier;
  /** Whether the login was completed. */
  private final AtomicBoolean used = new AtomicBoolean();

  LoginRequest(URI authorizationUri, String state, String nonce, String codeVerifier) {
    this.authorizationUri = authorizationUri;
    this.state = state;
    this.nonce = nonce;
    this.codeVerifier = codeVerifier;
  }

  /**
   * Restores a login whose parts were stored separately (for example in a session store that keeps strings). The
   * restored login can be completed once; refusing a second completion across restores is the store's job (remove
   * the parts once used).
   *
   * @param state the state
   * @param nonce the nonce
   * @param codeVerifier the PKCE verifier
   * @return the login, without an authorization address
   * @throws IllegalArgumentException if a part is null or empty
   */
  public static LoginRequest restore(String state, String nonce, String codeVerifier) {
    for (String[] p : new String[][] {{state, "state"}, {nonce, "nonce"}, {codeVerifier, "codeVerifier"}}) {
      if (p[0] == null || p[0].isEmpty()) {
        throw new IllegalArgumentException(p[1] + " must not be null or empty");
      }
    }
    return new LoginRequest(null, state, nonce, codeVerifier);
  }

  /**
   * Returns the hosted UI's authorization address to redirect the browser to.
   *
   * @return the address, or null for a {@link #restore restored} login
   */
  public URI authorizationUri() {
    return authorizationUri;
  }

  /**
   * Returns the {@code state} the callback must carry.
   *
   * @return the state
   */
  public String state() {
    return state;
  }

  /**
   * Returns the {@code nonce} the ID token must carry.
   *
   * @return the nonce
   */
  public String nonce() {
    return nonce;
  }

  /**
   * Returns the PKCE code verifier; a secret until the login completes.
   *
   * @return the verifier
   */
  public String codeVerifier() {
    return codeVerifier;
  }

  boolean markUsed() {
    return used.compareAndSet(false, true);
  }

  @Override
  public String toString() {
    return "LoginRequest{state=" + state + ", codeVerifier=***, nonce=***}";
  }
}
