package io.github.cognitokit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SecretHashTest {
  // Expected values computed independently with Python's hmac/hashlib/base64, from the documented formula
  // Base64(HMAC-SHA256(key = secret, message = username + clientId)), UTF-8.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "alice|1example23456789|abcdef0123456789abcdef0123456789abcdef0123456789abcd|otZOynl8z+/k7KFruGhw2k4B8LTCAmTy2vDU4gKEdbY=",
      "alice@example.com|7abc1defgh2ijk3lmnop4qrstu|1q2w3e4r5t6y7u8i9o0pasdfghjklzxcvbnm1q2w3e4r5t6y7u8|86QtLNxRgMX7bn3uQUuaIyjKWQqAFsacaIXBHkqE5uc=",
      "5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11|7abc1defgh2ijk3lmnop4qrstu|1q2w3e4r5t6y7u8i9o0pasdfghjklzxcvbnm1q2w3e4r5t6y7u8|LcCOxSQr3eetVfuLycqO9/51NqiaigxFq5oiWtff5q0=",
      "jürgen.müller@example.de|3n4b5urk1ft4fl3mg5e62d9ado|s3cr3tW1thPlus+AndSlash/Chars|OYYSoVzUUmUvzaCDN7f6ya/k7gsEA1Xwm+96dypd6WI=",
      "東京太郎|clientid|secret|16h2Mc9E3mx7LfGxPF7KJg5FWFw4qskKTrvQ7tCeszI=",
      "+15555550123|aclient|anothersecret|+mM8LUDo410zsxTew+c3j+IZaA9VmKzTueoT3r5hFHI=",
      "émoji😀user|c|😀key|uwPtXFHGnbD17ZvFNWfiws+6El1as0+6swO/Rky7Jb8=",
  })
  void of_matchesIndependentlyComputedVectors(String username, String clientId, String secret, String expected) {
    assertThat(SecretHash.of(username, clientId, secret)).isEqualTo(expected);
    assertThat(SecretHash.forClient(clientId, secret).hash(username)).isEqualTo(expected);
  }

  @Test
  void aliasAndInternalUsername_giveDifferentHashes() {
    String client = "7abc1defgh2ijk3lmnop4qrstu";
    String secret = "1q2w3e4r5t6y7u8i9o0pasdfghjklzxcvbnm1q2w3e4r5t6y7u8";
    assertThat(SecretHash.of("alice@example.com", client, secret))
        .isNotEqualTo(SecretHash.of("5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11", client, secret));
  }

  @Test
  void of_rejectsMissingArguments_namingThem() {
    assertThatThrownBy(() -> SecretHash.of(null, "c", "s")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("username");
    assertThatThrownBy(() -> SecretHash.of("", "c", "s"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    assertThatThrownBy(() -> SecretHash.of("u", null, "s"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId");
    assertThatThrownBy(() -> SecretHash.of("u", "c", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret");
  }

  @Test
  void toString_neverShowsTheSecret() {
    assertThat(SecretHash.forClient("client-1", "super-secret-value").toString())
        .contains("client-1").doesNotContain("super-secret-value");
  }

  @Test
  void forClient_isThreadSafe() throws Exception {
    SecretHash hasher = SecretHash.forClient("clientid", "secret");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      results.add(pool.submit(() -> {
        for (int i = 0; i < 5000; i++) {
          if (!hasher.hash("東京太郎").equals("16h2Mc9E3mx7LfGxPF7KJg5FWFw4qskKTrvQ7tCeszI=")) {
            return false;
          }
        }
        return true;
      }));
    }
    for (Future<Boolean> f : results) {
      assertThat(f.get()).isTrue();
    }
    pool.shutdownNow();
  }
}
