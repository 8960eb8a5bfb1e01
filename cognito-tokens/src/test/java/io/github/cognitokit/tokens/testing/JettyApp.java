package io.github.cognitokit.tokens.testing;

import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.servlet.CognitoAuthFilter;
import io.github.cognitokit.tokens.servlet.CognitoPrincipal;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real embedded Jetty 12 (ee10) application behind the filter, on loopback. Its servlet answers what the
 * application sees: {@code name|authType|inRole(admins)|token attribute sub}.
 */
public final class JettyApp implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final HttpClient client = HttpClient.newHttpClient();

  private JettyApp(FilterHolder holder) throws Exception {
    server = new Server();
    connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new EchoServlet()), "/*");
    context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
    server.setHandler(context);
    server.start();
  }

  /** The filter built in code. */
  public static JettyApp with(Filter filter) throws Exception {
    return new JettyApp(new FilterHolder(filter));
  }

  /** The filter declared by class name with init parameters, as web.xml does. */
  public static JettyApp withInitParameters(Map<String, String> parameters) throws Exception {
    FilterHolder holder = new FilterHolder(CognitoAuthFilter.class);
    holder.setName("cognito");
    parameters.forEach(holder::setInitParameter);
    return new JettyApp(holder);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
  }

  public HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  static final class EchoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      CognitoPrincipal p = (CognitoPrincipal) req.getUserPrincipal();
      Object token = req.getAttribute(CognitoAuthFilter.TOKEN_ATTRIBUTE);
      String body = (p == null ? "anonymous" : p.getName()) + "|" + req.getAuthType() + "|"
          + req.isUserInRole("admins") + "|" + (token == null ? "-" : ((CognitoToken) token).subject());
      resp.setContentType("text/plain");
      resp.getWriter().write(body);
    }
  }
}
