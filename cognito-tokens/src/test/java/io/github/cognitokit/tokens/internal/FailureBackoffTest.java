package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.tokens.testing.ManualTicker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The back-off both key caches use after failed fetches. */
class FailureBackoffTest {
  final ManualTicker ticker = new ManualTicker();
  final FailureBackoff backoff = new FailureBackoff(ticker, Duration.ofSeconds(1), Duration.ofSeconds(5));

  @Test
  void failures_doubleThePause_upToTheMaximum() {
    assertThat(backoff.blocked(ticker.read())).isFalse();

    assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void blocked_untilThePauseHasPassed() {
    backoff.failed();
    assertThat(backoff.blocked(ticker.read())).isTrue();
    assertThat(backoff.remainingNanos(ticker.read())).isEqualTo(Duration.ofSeconds(1).toNanos());

    ticker.advance(Duration.ofMillis(999));
    assertThat(backoff.blocked(ticker.read())).isTrue();
    ticker.advance(Duration.ofMillis(1));
    assertThat(backoff.blocked(ticker.read())).isFalse();
    assertThat(backoff.remainingNanos(ticker.read())).isZero();
  }

  @Test
  void success_resetsToTheBasePause() {
    backoff.failed();
    backoff.failed();
    backoff.succeeded();

    assertThat(backoff.blocked(ticker.read())).isFalse();
    assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(1));
  }
}
