package io.github.cognitokit.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A new authenticator-app (TOTP) secret from Cognito. It is a secret: show it to the user (as a QR code of
 * {@link #otpauthUri(String, String)}) and do not store or log it. {@link #toString()} hides it.
 */
public final class TotpSecret {
  private final String secretCode;
  final String session;

  TotpSecret(String secretCode, String session) {
    this.secretCode = secretCode;
    this.session = session;
  }

  /**
   * Returns the Base32 secret to type into an authenticator app.
   *
   * @return the secret
   */
  public String secretCode() {
    return secretCode;
  }

  /**
   * Returns the {@code otpauth://} URI that authenticator apps read from a QR code.
   *
   * @param issuer your application's name
   * @param account the user's name as the app should show it
   * @return the URI
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public String otpauthUri(String issuer, String account) {
    if (issuer == null || issuer.isBlank() || account == null || account.isBlank()) {
      throw new IllegalArgumentException("issuer and account must not be null or blank");
    }
    String i = URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20");
    String a = URLEncoder.encode(account, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/" + i + ":" + a + "?secret=" + secretCode + "&issuer=" + i;
  }

  @Override
  public String toString() {
    return "TotpSecret{secretCode=***}";
  }
}
