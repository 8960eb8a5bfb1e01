package io.github.cognitokit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.spring.login.CognitoHostedUi;
import io.github.cognitokit.spring.reactive.CognitoServerLogoutSuccessHandler;
import io.github.cognitokit.spring.reactive.KeySetOutageWebFilter;
import io.github.cognitokit.spring.servlet.CognitoLogoutSuccessHandler;
import io.github.cognitokit.spring.servlet.KeySetOutageFilter;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import jakarta.servlet.ServletException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/** The hosted-UI settings, the logout handlers and the outage filters, each on its own. */
class WebPiecesTest {
  static final URI DOMAIN = URI.create("https://modelop.auth.us-east-1.amazoncognito.com/");

  static CognitoHostedUi.Builder ui() {
    return CognitoHostedUi.builder().userPoolId("us-east-1_AbC123").domain(DOMAIN).clientId("web-client");
  }

  @Test
  void hostedUi_endpointsFollowTheDomain_issuerThePool() {
    CognitoHostedUi hosted = ui().clientSecret("s3cr3t-value").registrationId("gateway-service")
        .scopes(List.of("openid", "rs/read")).build();
    ClientRegistration r = hosted.clientRegistration();

    assertThat(r.getRegistrationId()).isEqualTo("gateway-service");
    assertThat(r.getProviderDetails().getAuthorizationUri())
        .isEqualTo("https://modelop.auth.us-east-1.amazoncognito.com/oauth2/authorize");
    assertThat(r.getProviderDetails().getIssuerUri())
        .isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123");
    assertThat(r.getScopes()).containsExactly("openid", "rs/read");
    assertThat(r.getClientSecret()).isEqualTo("s3cr3t-value");
    assertThat(r.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName())
        .isEqualTo("cognito:username");
    assertThat(hosted.logoutEndpoint()).hasToString("https://modelop.auth.us-east-1.amazoncognito.com/logout");
    assertThat(hosted).asString().doesNotContain("s3cr3t-value").contains("(set)");
    assertThat(ui().build().clientRegistration().getClientAuthenticationMethod())
        .isEqualTo(ClientAuthenticationMethod.NONE);
  }

  @Test
  void hostedUi_logoutUri_encodesTheReturnAddress() {
    URI uri = ui().build().logoutUri("https://app.example.com/bye?x=1&y=2");

    assertThat(uri).hasToString("https://modelop.auth.us-east-1.amazoncognito.com/logout?client_id=web-client"
        + "&logout_uri=https%3A%2F%2Fapp.example.com%2Fbye%3Fx%3D1%26y%3D2");
    assertThatThrownBy(() -> ui().build().logoutUri("/relative")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ui().build().logoutUri(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hostedUi_badSettings_areTypedAndNamed() {
    assertThatThrownBy(() -> CognitoHostedUi.builder().userPoolId("nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userPoolId");
    assertThatThrownBy(() -> ui().domain(URI.create("http://auth.example.com")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain");
    assertThatThrownBy(() -> ui().domain(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ui().clientId(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientId");
    assertThatThrownBy(() -> ui().clientSecret("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientSecret");
    assertThatThrownBy(() -> ui().scopes(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CognitoHostedUi.builder().domain(DOMAIN).userPoolId("us-east-1_A").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientId");
    assertThatThrownBy(() -> CognitoHostedUi.builder().domain(DOMAIN).clientId("c").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("userPoolId");
    assertThatThrownBy(() -> CognitoHostedUi.builder().userPoolId("us-east-1_A").clientId("c").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("domain");
    assertThat(CognitoHostedUi.of(b -> b.userPoolId("cn-north-1_A").clientId("c").domain(DOMAIN)).issuer())
        .isEqualTo("https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_A");
  }

  @Test
  void servletLogout_redirectsToCognito_withTheExpandedReturnAddress() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/shop/logout");
    request.setScheme("https");
    request.setServerName("app.example.com");
    request.setServerPort(8443);
    request.setContextPath("/shop");
    MockHttpServletResponse response = new MockHttpServletResponse();

    new CognitoLogoutSuccessHandler(ui().logoutRedirectUri("{baseUrl}/signed-out").build())
        .onLogoutSuccess(request, response, null);

    assertThat(response.getRedirectedUrl()).isEqualTo("https://modelop.auth.us-east-1.amazoncognito.com/logout"
        + "?client_id=web-client&logout_uri=https%3A%2F%2Fapp.example.com%3A8443%2Fshop%2Fsigned-out");
  }

  @Test
  void reactiveLogout_invalidatesTheSession_andRedirects() {
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("http://localhost:8080/logout"));
    WebSession session = exchange.getSession().block();
    session.getAttributes().put("user", "alice");
    session.start();

    new CognitoServerLogoutSuccessHandler(ui().build())
        .onLogoutSuccess(new WebFilterExchange(exchange, e -> Mono.empty()), null).block();

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(exchange.getResponse().getHeaders().getLocation()).hasToString(
        "https://modelop.auth.us-east-1.amazoncognito.com/logout?client_id=web-client"
            + "&logout_uri=http%3A%2F%2Flocalhost%3A8080%2F");
    assertThat(session.isExpired() || session.getAttributes().isEmpty()).isTrue();
  }

  @Test
  void outageFilter_answers503_onlyForKeySetOutages() throws Exception {
    KeySetOutageFilter filter = new KeySetOutageFilter(Duration.ofMillis(1500));
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.setHeader("X-Frame-Options", "DENY");

    filter.doFilter(new MockHttpServletRequest(), response, (req, res) -> {
      throw new ServletException(new AuthenticationServiceException("decode failed",
          new KeySetUnavailableJwtException("no keys", new KeySetUnavailableException("down"))));
    });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("2");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(response.getContentAsString()).contains("retry later");

    IllegalStateException other = new IllegalStateException("unrelated");
    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
        (req, res) -> {
          throw other;
        })).isSameAs(other);
    MockHttpServletResponse ok = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest(), ok, (req, res) -> ((MockHttpServletResponse) res).setStatus(204));
    assertThat(ok.getStatus()).isEqualTo(204);
    assertThatThrownBy(() -> new KeySetOutageFilter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void outageWebFilter_answers503_onlyForKeySetOutages() {
    KeySetOutageWebFilter filter = new KeySetOutageWebFilter();
    MockServerWebExchange down = MockServerWebExchange.from(MockServerHttpRequest.get("/api"));

    filter.filter(down, e -> Mono.error(new AuthenticationServiceException("x",
        new KeySetUnavailableJwtException("no keys", new KeySetUnavailableException("down"))))).block();

    assertThat(down.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(down.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
    assertThat(down.getResponse().getBodyAsString().block()).contains("retry later");

    MockServerWebExchange other = MockServerWebExchange.from(MockServerHttpRequest.get("/api"));
    assertThatThrownBy(() -> filter.filter(other, e -> Mono.error(new IllegalStateException("unrelated"))).block())
        .isInstanceOf(IllegalStateException.class).hasMessage("unrelated");
  }
}
