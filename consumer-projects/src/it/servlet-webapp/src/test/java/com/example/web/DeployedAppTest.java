package com.example.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cognitokit.admin.AppClient;
import io.github.cognitokit.admin.AuthFlow;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.auth.CognitoAuth;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** Deploys src/main/webapp on Jetty, with the filter configured only by web.xml, and calls it over HTTP. */
@CognitoEmulatorTest
class DeployedAppTest {
  CognitoEmulator emulator;

  @Test
  void theFilterFromWebXml_protectsTheApp() throws Exception {
    UserPool pool = CognitoAdmin.using(emulator.client()).userPool("web-users").ensure();
    AppClient client = pool.client("web").authFlows(AuthFlow.ADMIN_USER_PASSWORD).ensure();
    pool.user("carol").email("carol@example.com", true).permanentPassword("Passw0rd-Long-3!").ensure();
    String token;
    try (CognitoAuth auth = CognitoAuth.builder().client(emulator.client()).userPoolId(pool.id())
        .clientId(client.clientId()).build()) {
      token = auth.adminPasswordAuth("carol", "Passw0rd-Long-3!").tokens().accessToken();
    }

    Path webapp = Files.createTempDirectory("webapp");
    Files.createDirectories(webapp.resolve("WEB-INF"));
    String xml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"))
        .replace("${userPoolId}", pool.id()).replace("${jwksUri}", emulator.jwksUri(pool.id()).toString())
        .replace("${clientId}", client.clientId());
    Files.writeString(webapp.resolve("WEB-INF/web.xml"), xml);

    Server server = new Server(0);
    WebAppContext context = new WebAppContext();
    context.setContextPath("/");
    context.setBaseResourceAsPath(webapp);
    context.setParentLoaderPriority(true);
    server.setHandler(context);
    server.start();
    try {
      int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/models"))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals("models for carol, admin=false", ok.body());

      HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/models")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, none.statusCode());
      assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").contains("realm=\"models\""));

      HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/admin/x")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(403, forbidden.statusCode());
    } finally {
      server.stop();
    }
  }
}
