package io.github.cognitokit.spring;

import io.github.cognitokit.spring.apps.RunningApp;
import io.github.cognitokit.spring.apps.ServletApi;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.WebApplicationType;

/** A real Spring MVC app on Jetty, protected by the auto-configuration alone. */
@CognitoEmulatorTest
class ServletAppIT extends ApiContract {
  static CognitoEmulator emulator;
  static RunningApp app;

  @BeforeAll
  static void start() {
    signIn(MotoPool.create(emulator, "servlet-it"));
    app = RunningApp.start(ServletApi.class, WebApplicationType.SERVLET, properties(pool));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Override
  RunningApp app() {
    return app;
  }

  @Override
  RunningApp startApp(String... properties) {
    return RunningApp.start(ServletApi.class, WebApplicationType.SERVLET, properties);
  }
}
