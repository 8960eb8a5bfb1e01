package io.github.cognitokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.auth.HostedUiLogin;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's hosted-UI servlet app, run in Jetty 12 with mock-oauth2-server as the managed login: a browser (an
 * HTTP client with cookies) goes to {@code /}, is sent to log in, comes back through {@code /callback} and is greeted;
 * a forged callback and an {@code access_denied} answer are refused.
 */
class HostedUiServletIT {
  static final String CLIENT = "sso-app";
  MockOAuth2Server hostedUi;
  Server jetty;
  URI app;
  HttpClient browser;

  @BeforeEach
  void start() throws Exception {
    hostedUi = new MockOAuth2Server();
    hostedUi.start(InetAddress.getLoopbackAddress(), 0);
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    connector.open();                                 // bind first: the redirect address needs the port
    app = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    CognitoJwtVerifier idTokens = CognitoJwtVerifier.builder().userPool(p -> p
        .issuer(hostedUi.issuerUrl("cognito").toString()).jwksUri(hostedUi.jwksUrl("cognito").uri())
        .clientId(CLIENT)).tokenUse(TokenUse.ID).build();
    HostedUiLogin login = HostedUiLogin.builder().clientId(CLIENT).redirectUri(app.resolve("/callback"))
        .endpoints(hostedUi.authorizationEndpointUrl("cognito").uri(), hostedUi.tokenEndpointUrl("cognito").uri(),
            hostedUi.userInfoUrl("cognito").uri(), hostedUi.url("/cognito/revoke").uri(),
            URI.create("https://sso.auth.us-east-1.amazoncognito.com/logout"))
        .idTokenVerifier(idTokens).build();
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    ServletHolder servlet = new ServletHolder(new HostedUiServlet(login));
    for (String path : List.of("/", "/login", "/callback", "/logout")) {
      context.addServlet(servlet, path);
    }
    jetty.setHandler(context);
    jetty.start();
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() throws Exception {
    jetty.stop();
    hostedUi.shutdown();
  }

  HttpResponse<String> get(URI uri) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Follows redirects like a browser, across the app and the hosted UI, up to the first page that is not one. */
  HttpResponse<String> browse(URI start) throws Exception {
    HttpResponse<String> r = get(start);
    for (int hops = 0; hops < 10 && r.statusCode() == 302; hops++) {
      r = get(r.uri().resolve(r.headers().firstValue("Location").orElseThrow()));
    }
    return r;
  }

  void aliceSignsIn() {
    hostedUi.enqueueCallback(new DefaultOAuth2TokenCallback("cognito", "7c1e-sub", "JWT", List.of(CLIENT),
        Map.of("token_use", "id", "cognito:username", "alice", "email", "alice@example.com"), 3600));
  }

  @Test
  void aBrowserLogsInThroughTheHostedUiAndIsGreeted() throws Exception {
    aliceSignsIn();
    HttpResponse<String> page = browse(app.resolve("/"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Hello, alice");
    assertThat(get(app.resolve("/")).body()).as("the session remembers the user").contains("Hello, alice");

    HttpResponse<String> out = get(app.resolve("/logout"));
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location").orElseThrow())
        .startsWith("https://sso.auth.us-east-1.amazoncognito.com/logout?").contains("client_id=" + CLIENT);
    assertThat(get(app.resolve("/")).headers().firstValue("Location")).contains("/login");
  }

  @Test
  void aForgedOrRefusedCallbackIsA401AndNoSession() throws Exception {
    aliceSignsIn();
    HttpResponse<String> toHostedUi = get(app.resolve("/login"));
    URI authorize = URI.create(toHostedUi.headers().firstValue("Location").orElseThrow());
    URI back = URI.create(get(authorize).headers().firstValue("Location").orElseThrow());
    URI forged = URI.create(back.toString().replaceAll("state=[^&]+", "state=forged"));

    assertThat(get(forged).statusCode()).isEqualTo(401);
    assertThat(get(back).statusCode()).as("the login was used up by the forged answer").isEqualTo(400);
    assertThat(get(app.resolve("/")).statusCode()).isEqualTo(302);

    get(app.resolve("/login"));
    HttpResponse<String> denied = get(app.resolve("/callback?error=access_denied&state=whatever"));
    assertThat(denied.statusCode()).isEqualTo(401);
  }

  @Test
  void theReadmeShowsThisServletWordForWord() throws Exception {
    String source = Files.readString(Path.of("src/main/java/io/github/cognitokit/examples/HostedUiServlet.java"));
    Matcher m = Pattern.compile("// README: (.*?)\\n(.*?)// end of README: \\1\\n", Pattern.DOTALL).matcher(source);
    assertThat(m.find()).isTrue();
    assertThat(Files.readString(Path.of("../README.md"))).contains("### " + m.group(1)).contains(m.group(2));
  }
}
