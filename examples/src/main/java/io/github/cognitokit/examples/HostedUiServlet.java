package io.github.cognitokit.examples;

import io.github.cognitokit.auth.HostedUiException;
import io.github.cognitokit.auth.HostedUiLogin;
import io.github.cognitokit.auth.LoginRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * Logging in with Cognito's hosted UI (managed login) in a plain servlet app, with nothing but {@link HostedUiLogin}:
 * {@code /login} starts the authorization code flow with PKCE and a nonce, {@code /callback} checks the answer and
 * exchanges the code, {@code /} greets the signed-in user, {@code /logout} ends both sessions. The README's section
 * "Log in with the hosted UI in a plain servlet app" is this class, word for word; {@code HostedUiServletIT} runs it
 * in Jetty against a stand-in identity provider.
 */
// README: Log in with the hosted UI in a plain servlet app
public class HostedUiServlet extends HttpServlet {
  private final HostedUiLogin login;                            // one per app client; thread-safe

  /**
   * Makes the servlet.
   *
   * @param login the hosted-UI login of your app client
   */
  public HostedUiServlet(HostedUiLogin login) {
    this.login = login;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    HttpSession session = req.getSession();
    switch (req.getServletPath()) {
      case "/login" -> {
        LoginRequest started = login.start();                  // state, nonce and PKCE verifier: keep them
        session.setAttribute("login", started);                // server-side, in the user's session
        resp.sendRedirect(started.authorizationUri().toString());
      }
      case "/callback" -> {
        LoginRequest started = (LoginRequest) session.getAttribute("login");
        session.removeAttribute("login");                      // one answer per login
        if (started == null) {
          resp.sendError(400, "no login under way");
          return;
        }
        try {
          URI callback = URI.create(req.getRequestURL() + "?" + req.getQueryString());
          HostedUiLogin.LoginResult done = login.complete(started, callback);
          req.changeSessionId();                               // a new session id once signed in
          session.setAttribute("user", done.idToken().username().orElse(done.idToken().subject()));
          resp.sendRedirect("/");
        } catch (HostedUiException e) {                        // forged state, replayed code, access_denied ...
          resp.sendError(401, "login failed: " + e.reason());
        }
      }
      case "/logout" -> {
        session.invalidate();
        resp.sendRedirect(login.logoutUri(URI.create(req.getRequestURL().toString().replace("/logout", "/")))
            .toString());
      }
      default -> {
        Object user = session.getAttribute("user");
        if (user == null) {
          resp.sendRedirect("/login");
        } else {
          resp.setContentType("text/plain;charset=utf-8");
          resp.getWriter().println("Hello, " + user);
        }
      }
    }
  }
}
// end of README: Log in with the hosted UI in a plain servlet app
