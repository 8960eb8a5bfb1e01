package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.cognitokit.tokens.testing.JettyApp;
import io.github.cognitokit.tokens.testing.JwksServer;
import io.github.cognitokit.tokens.testing.TestKeys;
import io.github.cognitokit.tokens.testing.Tokens;
import io.github.cognitokit.tokens.servlet.CognitoAuthFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Drives verification and the filter at TRACE: no token, signature or key material reaches a log line. */
class SecretsInLogsTest {
  @Test
  void noTokenOrKeyMaterialReachesALogLineOrMessage() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger logger = context.getLogger("io.github.cognitokit");
    Level previous = logger.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
    TestKeys key = TestKeys.rsa("k1");
    TestKeys other = TestKeys.rsa("k1");
    List<String> tokens = new ArrayList<>();
    List<String> visible = new ArrayList<>();
    try (JwksServer server = new JwksServer().serve(TestKeys.jwks(key))) {
      CognitoJwtVerifier verifier = CognitoJwtVerifier.builder().issuer(Tokens.ISSUER).jwksUri(server.uri())
          .clientId(Tokens.CLIENT_ID).tokenUse(TokenUse.ACCESS).build();
      Instant now = Instant.now();
      tokens.add(Tokens.access(key, now).build());
      tokens.add(Tokens.access(other, now).build());
      tokens.add(Tokens.access(key, now).claim("exp", 1).build());
      tokens.add(Tokens.access(key, now).header("kid", "unknown").build());
      for (String t : tokens) {
        Throwable failure = catchThrowable(() -> visible.add(verifier.verify(t).toString()));
        if (failure != null) {
          visible.add(failure.getMessage());
        }
      }
      try (JettyApp app = JettyApp.with(CognitoAuthFilter.bearer(verifier).build())) {
        for (String t : tokens) {
          visible.add(app.get("/x", "Authorization", "Bearer " + t).body());
        }
      }
      server.status(500);
      visible.add(String.valueOf(catchThrowable(() -> verifier.keySets().get(0).refresh()).getMessage()));
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(previous);
    }
    for (ILoggingEvent e : appender.list) {
      visible.add(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        visible.add(t.getMessage());
      }
    }
    assertThat(appender.list).isNotEmpty();
    String modulus = TestKeys.jwks(key).replaceAll("(?s).*\"n\":\"([^\"]{40}).*", "$1");
    for (String line : visible) {
      for (String t : tokens) {
        assertThat(String.valueOf(line)).doesNotContain(t).doesNotContain(t.substring(t.lastIndexOf('.') + 1));
      }
      assertThat(String.valueOf(line)).doesNotContain(modulus);
    }
  }
}
