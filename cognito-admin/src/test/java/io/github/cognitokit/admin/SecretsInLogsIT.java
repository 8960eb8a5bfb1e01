package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Drives the admin flows at TRACE and checks that no client secret or password reaches a log line or a message. */
@CognitoEmulatorTest
class SecretsInLogsIT {
  @Test
  void noSecretOrPasswordReachesALogLineMessageOrToString(CognitoEmulator emulator) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger logger = context.getLogger("io.github.cognitokit");
    Level previous = logger.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
    List<String> secrets = new ArrayList<>(List.of("Temp-Passw0rd-XYZ!", "Perm-Passw0rd-QRS!", "Sync-Passw0rd-JKL!"));
    List<String> visible = new ArrayList<>();
    try {
      CognitoAdmin admin = CognitoAdmin.using(emulator.client());
      UserPool pool = admin.userPool("secrets-" + UUID.randomUUID()).ensure();
      AppClient client = pool.client("c").confidential().ensure();
      secrets.add(client.secret().orElseThrow());
      visible.add(client.toString());
      visible.add(client.report().toString());
      visible.add(pool.client("c").confidential().plan().toString());
      UserSpec spec = pool.user("u").temporaryPassword("Temp-Passw0rd-XYZ!").suppressInvitation();
      visible.add(spec.toString());
      User u = spec.ensure();
      visible.add(u.report().toString());
      u.setPassword("Perm-Passw0rd-QRS!", true);
      DesiredUser d = DesiredUser.builder("v").password("Sync-Passw0rd-JKL!").build();
      visible.add(d.toString());
      ProvisioningPlan plan = pool.provisioning().users(List.of(d)).syncPasswords(true).plan();
      visible.add(plan.actions().toString());
      visible.add(pool.provisioning().users(List.of(d)).syncPasswords(true).apply().toString());
      visible.add(String.valueOf(catchThrowable(() -> pool.user("w").temporaryPassword("Temp-Passw0rd-XYZ!")
          .permanentPassword("x").ensure()).getMessage()));
      for (ILoggingEvent e : appender.list) {
        visible.add(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
          visible.add(t.getMessage());
        }
      }
      assertThat(appender.list).isNotEmpty();
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(previous);
    }
    for (String line : visible) {
      for (String secret : secrets) {
        assertThat(String.valueOf(line)).doesNotContain(secret);
      }
    }
  }
}
