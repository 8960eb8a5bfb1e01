package io.github.cognitokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * The testkit sees users' passwords and tokens when it records requests and answers with canned replies: none of
 * them may reach a log line at TRACE, an exception message, or a toString() of the emulator, the recorder or a reply.
 */
@CognitoEmulatorTest
class SecretsInLogsIT {
  static final String PASSWORD = "Temp-Passw0rd-TESTKIT!";
  static final String CANNED_TOKEN = "eyJraWQiOiJjYW5uZWQifQ.eyJzdWIiOiJjYW5uZWQtdG9rZW4ifQ.c2lnbmF0dXJlLXNlY3JldA";

  @Test
  void noPasswordOrTokenReachesALogLineOrToString(CognitoEmulator emulator) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger ours = context.getLogger("io.github.cognitokit");
    Level previous = ours.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    ours.addAppender(appender);
    ours.setLevel(Level.TRACE);
    List<String> visible = new ArrayList<>();
    try {
      RequestRecorder recorder = new RequestRecorder();
      try (CognitoEmulator own = CognitoEmulator.start();
          CognitoIdentityProviderClient cognito = own.newClient(recorder)) {
        String pool = cognito.createUserPool(b -> b.poolName("secrets")).userPool().id();
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")).userPoolClient()
            .clientId();
        cognito.adminCreateUser(b -> b.userPoolId(pool).username("dave").temporaryPassword(PASSWORD)
            .messageAction("SUPPRESS"));
        cognito.adminInitiateAuth(b -> b.userPoolId(pool).clientId(client)
            .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "dave", "PASSWORD", PASSWORD)));
        Reply canned = Reply.of(200, "{\"AuthenticationResult\":{\"AccessToken\":\"" + CANNED_TOKEN + "\"}}");
        recorder.answerInTurn("InitiateAuth", canned);
        String answered = cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "dave", "PASSWORD", PASSWORD)))
            .authenticationResult().accessToken();
        assertThat(answered).isEqualTo(CANNED_TOKEN);
        assertThat(recorder.last(AdminInitiateAuthRequest.class).authParameters()).containsEntry("PASSWORD",
            PASSWORD);

        visible.add(canned.toString());
        visible.add(recorder.toString());
        visible.add(own.toString());
        visible.add(emulator.toString());
      }
    } finally {
      ours.detachAppender(appender);
      ours.setLevel(previous);
    }
    for (ILoggingEvent e : appender.list) {
      visible.add(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        visible.add(t.getMessage());
      }
    }
    assertThat(appender.list).as("the emulator's start and stop are logged at DEBUG").isNotEmpty();
    assertThat(visible).allSatisfy(line -> assertThat(String.valueOf(line))
        .doesNotContain(PASSWORD, CANNED_TOKEN, "c2lnbmF0dXJlLXNlY3JldA"));
  }
}
