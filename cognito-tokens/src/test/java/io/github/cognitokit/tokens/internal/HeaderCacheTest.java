package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.tokens.MalformedTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HeaderCacheTest {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private static String token(String kid, String claims) {
    return B64.encodeToString(("{\"kid\":\"" + kid + "\",\"alg\":\"RS256\"}").getBytes(StandardCharsets.UTF_8))
        + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".AQAB";
  }

  @Test
  void aRememberedHeaderIsReusedOnlyForTheSameBytes() {
    HeaderCache cache = new HeaderCache();
    JwtParts first = JwtParts.parse(token("k1", "{\"n\":1}"), KnownStrings.COMMON, cache);
    assertThat(JwtParts.parse(token("k1", "{\"n\":2}"), KnownStrings.COMMON, cache).header())
        .isNotSameAs(first.header()).isEqualTo(first.header());
    cache.remember(first);
    JwtParts second = JwtParts.parse(token("k1", "{\"n\":2}"), KnownStrings.COMMON, cache);
    assertThat(second.header()).isSameAs(first.header());
    assertThat(first.headerCached()).isFalse();
    assertThat(second.headerCached()).isTrue();
    assertThat(second.payload()).containsEntry("n", 2L);
    JwtParts other = JwtParts.parse(token("k2", "{\"n\":3}"), KnownStrings.COMMON, cache);
    assertThat(other.header()).containsEntry("kid", "k2");
  }

  @Test
  void theOldestHeaderGivesWayWhenFull() {
    HeaderCache cache = new HeaderCache();
    JwtParts[] parts = new JwtParts[9];
    for (int i = 0; i < 9; i++) {
      parts[i] = JwtParts.parse(token("k" + i, "{}"), KnownStrings.COMMON, cache);
      cache.remember(parts[i]);
      cache.remember(parts[i]); // twice is once
    }
    assertThat(JwtParts.parse(token("k0", "{}"), KnownStrings.COMMON, cache).header()).isNotSameAs(parts[0].header());
    for (int i = 1; i < 9; i++) {
      assertThat(JwtParts.parse(token("k" + i, "{}"), KnownStrings.COMMON, cache).header())
          .isSameAs(parts[i].header());
    }
  }

  @Test
  void aCachedHeaderDoesNotExcuseABrokenRestOfTheToken() {
    HeaderCache cache = new HeaderCache();
    cache.remember(JwtParts.parse(token("k1", "{}"), KnownStrings.COMMON, cache));
    String good = token("k1", "{}");
    String header = good.substring(0, good.indexOf('.'));
    assertThatThrownBy(() -> JwtParts.parse(header + ".e30=.AQAB", KnownStrings.COMMON, cache))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("payload");
    assertThatThrownBy(() -> JwtParts.parse(header + ".e30.AQAB.x", KnownStrings.COMMON, cache))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("3");
    assertThatThrownBy(() -> JwtParts.parse(header + ".W10.AQAB", KnownStrings.COMMON, cache))
        .isInstanceOf(MalformedTokenException.class).hasMessageContaining("payload");
  }
}
