package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parseObject_readsEveryType() throws Exception {
    Map<String, Object> m = Json.parseObject(" {\"s\":\"a\\u00e9\\n\\\"\",\"i\":-12,\"big\":123456789012345678901234,"
        + "\"d\":1.5e2,\"t\":true,\"f\":false,\"n\":null,\"a\":[1,\"x\",{}],\"o\":{\"k\":[]},\"e\":\"\\ud83d\\ude00\"} ");
    assertThat(m).containsEntry("s", "aé\n\"").containsEntry("i", -12L).containsEntry("d", 150.0)
        .containsEntry("t", true).containsEntry("f", false).containsEntry("n", null)
        .containsEntry("big", new BigInteger("123456789012345678901234")).containsEntry("e", "😀");
    assertThat(m.get("a")).isEqualTo(List.of(1L, "x", Map.of()));
    assertThat(m.keySet()).containsExactly("s", "i", "big", "d", "t", "f", "n", "a", "o", "e");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "1", "\"s\"", "{", "{\"a\":1,}", "{\"a\":1}x", "{\"a\":01}", "{\"a\":1.}",
      "{\"a\":-}", "{\"a\":.5}", "{'a':1}", "{\"a\":tru}", "{\"a\":\"\u0001\"}", "{\"a\":\"\\x\"}",
      "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00x\"}", "{\"a\":1,\"a\":2}", "{\"a\":[1,]}", "{a:1}",
      "{\"a\":1 /* c */}", "{\"a\":1e999}", "{\"a\":null,\"a\":null}", "{\"a\":\"\ud800\"}",
      "{\"\udc00\":1}", "{\"a\":\"x\ud83d\"}", "{\"a\":\"unterminated}", "{\"a\" 1}", "{\"a\":[1 2]}"})
  void parseObject_rejectsNonStrictJson(String text) {
    assertThatThrownBy(() -> Json.parseObject(text)).isInstanceOf(JsonException.class);
  }

  @Test
  void parseObject_readsIntegersAtEveryLengthExactly() throws Exception {
    Map<String, Object> m = Json.parseObject("{\"z\":-0,\"a\":999999999999999999,\"b\":-99999999999999999,"
        + "\"c\":9223372036854775807,\"d\":-9223372036854775808,\"e\":9223372036854775808,\"raw\":\"\ud83d\ude00\"}");
    assertThat(m).containsEntry("z", 0L).containsEntry("a", 999_999_999_999_999_999L)
        .containsEntry("b", -99_999_999_999_999_999L).containsEntry("c", Long.MAX_VALUE)
        .containsEntry("d", Long.MIN_VALUE).containsEntry("e", new BigInteger("9223372036854775808"))
        .containsEntry("raw", "\ud83d\ude00");
  }

  @Test
  void parseObject_limitsNesting() throws Exception {
    assertThat(Json.parseObject("{\"a\":" + "[".repeat(30) + "]".repeat(30) + "}")).containsKey("a");
    assertThatThrownBy(() -> Json.parseObject("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))
        .isInstanceOf(JsonException.class).hasMessageContaining("deeper");
  }

  @Test
  void exceptionMessages_doNotQuoteTheInput() {
    assertThatThrownBy(() -> Json.parseObject("{\"secret-value\":tru}"))
        .isInstanceOf(JsonException.class).message().doesNotContain("secret-value");
  }
}
