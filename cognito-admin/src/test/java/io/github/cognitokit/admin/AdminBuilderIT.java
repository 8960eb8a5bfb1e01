package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * {@link CognitoAdmin#builder()}: the clients it builds reach the given endpoint with the given region and
 * credentials, and retries happen in one layer: a call that is always throttled is tried exactly
 * {@code maxAttempts} times (the SDK's own retries would make it three times as many).
 */
@CognitoEmulatorTest
class AdminBuilderIT {
  static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
      AwsBasicCredentials.create("AKIAEXAMPLE", "example-secret"));
  HttpServer throttling;
  final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    throttling = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    throttling.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      // The API Reference's TooManyRequestsException, as the JSON protocol sends it.
      byte[] body = "{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate exceeded\"}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.sendResponseHeaders(400, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    throttling.start();
  }

  @AfterEach
  void stop() {
    throttling.stop(0);
  }

  CognitoAdmin.Builder towardsTheThrottler() {
    return CognitoAdmin.builder().region(Region.US_EAST_1).credentials(CREDENTIALS)
        .endpointOverride(URI.create("http://127.0.0.1:" + throttling.getAddress().getPort()))
        .backoff(Duration.ofMillis(1), Duration.ofMillis(2));
  }

  @Test
  void aThrottledCallIsTriedMaxAttemptsTimesInAll() {
    try (CognitoAdmin admin = towardsTheThrottler().maxAttempts(3).build()) {
      CognitoAdminException e = catchThrowableOfType(() -> admin.userPoolById("us-east-1_Throttled"),
          CognitoAdminException.class);
      assertThat(e.reason()).isEqualTo(CognitoAdminException.Reason.THROTTLED);
    }
    assertThat(requests).hasValue(3);

    requests.set(0);
    try (CognitoAdmin admin = towardsTheThrottler().maxAttempts(1).build()) {
      assertThatThrownBy(() -> admin.userPoolById("us-east-1_Throttled")).isInstanceOf(CognitoAdminException.class);
    }
    assertThat(requests).hasValue(1);
  }

  @Test
  void theClientsItBuildsWorkAgainstTheGivenEndpoint(CognitoEmulator emulator) {
    try (CognitoAdmin admin = CognitoAdmin.builder().region(Region.of(emulator.region())).credentials(CREDENTIALS)
        .endpointOverride(emulator.endpoint()).build()) {
      UserPool pool = admin.userPool("built-by-the-builder").ensure();
      assertThat(admin.userPoolById(pool.id()).name()).isEqualTo("built-by-the-builder");
    }
  }

  @Test
  void badSettingsAreRefusedAndNamed(CognitoEmulator emulator) {
    assertThatThrownBy(() -> CognitoAdmin.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be within 1..20, was 0");
    assertThatThrownBy(() -> CognitoAdmin.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("backoff must have");
    assertThatThrownBy(() -> CognitoAdmin.builder().backoff(null, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("base must not be null");
    assertThatThrownBy(() -> CognitoAdmin.builder().endpointOverride(URI.create("relative/path")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
    assertThatThrownBy(() -> CognitoAdmin.builder().client(emulator.client()).region(Region.US_EAST_1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("set them on your own client");
    assertThatThrownBy(() -> CognitoAdmin.builder().client(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
