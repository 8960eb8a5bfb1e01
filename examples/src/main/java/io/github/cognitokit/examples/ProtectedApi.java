package io.github.cognitokit.examples;

import io.github.cognitokit.tokens.TokenVerifier;
import io.github.cognitokit.tokens.servlet.CognitoAuthFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A small API on an embedded Jetty server, protected by the Cognito filter: /api/* for anyone signed in. */
final class ProtectedApi implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final HttpClient client = HttpClient.newHttpClient();

  ProtectedApi(TokenVerifier verifier, String restrictedPath, String restrictedGroup) throws Exception {
    this(CognitoAuthFilter.bearer(verifier).realm("quickstart").requireGroup(restrictedPath, restrictedGroup).build());
  }

  /** Serves /api/* behind the given filter: bearer or ALB mode. */
  ProtectedApi(CognitoAuthFilter filter) throws Exception {
    server = new Server();
    connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        resp.getWriter().write("hello " + req.getUserPrincipal().getName());
      }
    }), "/api/*");
    context.addFilter(new FilterHolder(filter), "/api/*", EnumSet.of(DispatcherType.REQUEST));
    server.setHandler(context);
    server.start();
  }

  HttpResponse<String> get(String path, String bearerToken) throws IOException, InterruptedException {
    return bearerToken == null ? getWith(path) : getWith(path, "Authorization", "Bearer " + bearerToken);
  }

  /** GET with these header names and values, in pairs. */
  HttpResponse<String> getWith(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.getLocalPort() + path));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
