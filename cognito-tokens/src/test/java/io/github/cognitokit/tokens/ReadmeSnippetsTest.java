package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.tokens.alb.AlbJwtVerifier;
import io.github.cognitokit.tokens.servlet.CognitoAuthFilter;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  // README: Protect a servlet app
  static void protect(ServletContext servletContext) {
    servletContext.addFilter("cognito", CognitoAuthFilter.bearer(VERIFIER)
            .realm("my-api")
            .exclude("/health")                       // no check at all
            .requireGroup("/admin/*", "admins")       // 403 without the group
            .requireScope("/api/*", "rs/read")        // 403 without the scope
            .build())
        .addMappingForUrlPatterns(null, false, "/*");
  }
  // end of README: Protect a servlet app

  // README: Behind an ALB
  static CognitoAuthFilter albFilter() {
    AlbJwtVerifier alb = AlbJwtVerifier.builder()
        .albArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188")
        .clientId("1example23456789")
        .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123")
        .build();
    return CognitoAuthFilter.alb(alb)
        .accessTokenVerifier(VERIFIER)   // optional: also verify x-amzn-oidc-accesstoken; its groups become roles
        .build();
  }
  // end of README: Behind an ALB

  @Test
  void albFilter_builds() {
    assertThat(albFilter().toString()).contains("mode=alb");
  }

  @Test
  void readmeWebXml_isTheTestedOne_andConfiguresTheFilter() throws Exception {
    String xml = new String(getClass().getResourceAsStream("/readme-web.xml").readAllBytes(),
        StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains(xml.strip());
    Map<String, String> params = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<param-name>(.*?)</param-name><param-value>(.*?)</param-value>").matcher(xml);
    while (m.find()) {
      params.put(m.group(1), m.group(2));
    }
    assertThat(params).containsKeys("userPoolId", "clientIds", "rules");
    assertThat(CognitoAuthFilter.fromInitParameters(params::get).build().toString())
        .contains("realm=my-api").contains("rules=2").contains("/health");
  }

  @Test
  void handle_malformedToken_answers401_withoutAnyNetwork() {
    assertThat(handle("not-a-token")).isEqualTo(401);
    assertThat(VERIFIER.keySets().get(0).fetchedAt()).isEmpty();
  }
}
