package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README's "Verify tokens" examples, compiled and run. Keep the two in step. */
class ReadmeSnippetsTest {

  // README: Verify tokens
  static final CognitoJwtVerifier VERIFIER = CognitoJwtVerifier.builder()
      .userPoolId("us-east-1_AbC123")      // derives the issuer and the JWKS URI
      .tokenUse(TokenUse.ACCESS)           // ID, ACCESS or ANY: always explicit
      .clientId("1example23456789")        // or .anyClientId(), explicitly
      .requireAnyScope("rs/read")          // optional; also requireAnyGroup(...)
      .build();                            // once, at start-up: it caches the keys

  static int handle(String bearerToken) {
    try {
      CognitoToken token = VERIFIER.verify(bearerToken);
      String caller = token.username().orElse(token.subject()); // machine tokens have no username
      return caller.isEmpty() ? 401 : 200;
    } catch (InsufficientPermissionException e) {
      return 403;                          // a valid token without the group or scope
    } catch (KeySetUnavailableException e) {
      return 503;                          // the keys could not be fetched: retry later
    } catch (TokenVerificationException e) {
      return 401;                          // e.reason() says which check failed
    }
  }
  // end of README: Verify tokens

  @Test
  void handle_malformedToken_answers401_withoutAnyNetwork() {
    assertThat(handle("not-a-token")).isEqualTo(401);
    assertThat(VERIFIER.keySets().get(0).fetchedAt()).isEmpty();
  }
}
