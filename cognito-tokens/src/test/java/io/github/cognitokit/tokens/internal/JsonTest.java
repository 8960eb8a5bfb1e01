package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTest {
  /** Text with a lone surrogate has no UTF-8 form: it is refused, not read as '?' (what String.getBytes would do). */
  @ParameterizedTest
  @ValueSource(strings = {"{\"s\":\"\ud800\"}", "{\"s\":\"\udc00x\"}", "{\"s\":\"a\ud800\"}", "{\"\ud83d\":1}"})
  void parseObject_ofTextWithALoneSurrogate_isRefused(String text) {
    assertThatThrownBy(() -> Json.parseObject(text)).isInstanceOf(JsonException.class)
        .hasMessage("lone surrogate in the text at offset 0");
  }

  @Test
  void parseObject_ofTextWithASurrogatePair_readsTheCharacter() throws Exception {
    assertThat(Json.parseObject("{\"s\":\"\ud83d\ude00\"}")).containsEntry("s", "\ud83d\ude00");
  }

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

  @ParameterizedTest
  @ValueSource(strings = {"c0 80", "c1 bf", "e0 80 80", "e0 9f bf", "ed a0 80", "ed bf bf", "f0 80 80 80",
      "f0 8f bf bf", "f4 90 80 80", "f5 80 80 80", "ff", "80", "bf", "c3", "e2 82", "f0 9f 98", "c3 28",
      "e2 28 a1", "f0 9f 28 80"})
  void parseObject_rejectsMalformedUtf8InValuesAndNames(String hex) {
    byte[] bad = hex(hex);
    assertThatThrownBy(() -> Json.parseObject(concat(bytes("{\"a\":\""), bad, bytes("\"}"))))
        .isInstanceOf(JsonException.class);
    assertThatThrownBy(() -> Json.parseObject(concat(bytes("{\"a\":\"x\\n"), bad, bytes("\"}"))))
        .isInstanceOf(JsonException.class);
    assertThatThrownBy(() -> Json.parseObject(concat(bytes("{\""), bad, bytes("\":1}"))))
        .isInstanceOf(JsonException.class);
    assertThatThrownBy(() -> Json.parseObject(concat(bytes("{\"a\":1"), bad, bytes("}"))))
        .isInstanceOf(JsonException.class);
  }

  @Test
  void parseObject_readsWellFormedUtf8OfEveryLength() throws Exception {
    String text = "é€😀\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff";
    Map<String, Object> m = Json.parseObject(concat(bytes("{\"k\u00e9\":\""),
        text.getBytes(StandardCharsets.UTF_8), bytes("\",\"e\":\"a\\t"), text.getBytes(StandardCharsets.UTF_8),
        bytes("\"}")));
    assertThat(m).containsEntry("k\u00e9", text).containsEntry("e", "a\t" + text);
  }

  @Test
  void parseObject_findsEverySpecialByteAtEveryPositionOfALongString() throws Exception {
    // Strings are scanned eight bytes at a time; a quote, backslash, control character or non-ASCII byte must be
    // found wherever it falls in a block.
    for (int at = 0; at < 24; at++) {
      String head = "abcdefghijklmnopqrstuvwxyz".substring(0, at);
      assertThat(Json.parseObject(bytes("{\"v\":\"" + head + "\"}"))).containsEntry("v", head);
      assertThat(Json.parseObject(bytes("{\"v\":\"" + head + "\\\"tail-tail-tail\"}")))
          .containsEntry("v", head + "\"tail-tail-tail");
      assertThat(Json.parseObject(concat(bytes("{\"v\":\"" + head), "ü".getBytes(StandardCharsets.UTF_8),
          bytes("tail-tail-tail\"}")))).containsEntry("v", head + "ütail-tail-tail");
      byte[] control = bytes("{\"v\":\"" + head + "\ttail-tail-tail\"}");
      assertThatThrownBy(() -> Json.parseObject(control)).isInstanceOf(JsonException.class)
          .hasMessageContaining("control");
      byte[] unterminated = bytes("{\"v\":\"" + head);
      assertThatThrownBy(() -> Json.parseObject(unterminated)).isInstanceOf(JsonException.class);
    }
  }

  @Test
  void parseObject_readsARangeAndCountsOffsetsFromIt() throws Exception {
    byte[] framed = bytes("xx{\"a\":[1,{\"b\":null}]}yy");
    assertThat(Json.parseObject(framed, 2, framed.length - 2)).containsEntry("a", List.of(1L, java.util.Collections
        .singletonMap("b", null)));
    byte[] bad = bytes("xx{\"a\":tru}yy");
    assertThatThrownBy(() -> Json.parseObject(bad, 2, bad.length - 2))
        .isInstanceOf(io.github.cognitokit.tokens.internal.JsonException.class).hasMessageContaining("offset 5");
  }

  @Test
  void parseObject_sharesKnownStrings() throws Exception {
    KnownStrings known = KnownStrings.withCommonAnd(List.of("https://issuer.example/pool", "client-1234",
        "x".repeat(300), "n\u00e9e"));
    byte[] doc = bytes("{\"iss\":\"https://issuer.example/pool\",\"client_id\":\"client-1234\","
        + "\"token_use\":\"access\",\"other\":\"client-12345\",\"x\":\"" + "x".repeat(300) + "\"}");
    Map<String, Object> m = Json.parseObject(doc, 0, doc.length, known);
    Map<String, Object> again = Json.parseObject(doc, 0, doc.length, known);
    assertThat(m).isEqualTo(again).containsEntry("iss", "https://issuer.example/pool")
        .containsEntry("other", "client-12345").containsEntry("x", "x".repeat(300));
    assertThat(again.get("iss")).isSameAs(m.get("iss"));
    assertThat(again.get("client_id")).isSameAs(m.get("client_id"));
    assertThat(again.get("token_use")).isSameAs(m.get("token_use"));
    assertThat(findKey(again, "client_id")).isSameAs(findKey(m, "client_id"));
    assertThat(again.get("other")).isNotSameAs(m.get("other"));
    // too long and non-ASCII extras are left out of the table, not rejected
    assertThat(again.get("x")).isNotSameAs(m.get("x"));
    assertThat(known.find(bytes("x".repeat(300)), 0, 300)).isNull();
    // strings that end within eight bytes of the end of the buffer
    assertThat(KnownStrings.COMMON.find(bytes("xxiss"), 2, 3)).isEqualTo("iss");
    assertThat(KnownStrings.COMMON.find(bytes("xxisx"), 2, 3)).isNull();
    assertThat(KnownStrings.COMMON.find(bytes("-cognito:groups"), 1, 14)).isEqualTo("cognito:groups");
    assertThat(KnownStrings.COMMON.find(bytes("-cognito:groupz"), 1, 14)).isNull();
  }

  @Test
  void objects_keepTheMapContract() throws Exception {
    StringBuilder json = new StringBuilder("{");
    Map<String, Object> expected = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
      expected.put("k" + i, (long) i);
    }
    Map<String, Object> m = Json.parseObject(json.append("}").toString());
    assertThat(m).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(100);
    assertThat(m.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(m.toString()).isEqualTo(expected.toString());
    assertThat(m.get("k99")).isEqualTo(99L);
    assertThat(m.get("k100")).isNull();
    assertThat(m.get(null)).isNull();
    assertThat(m.containsKey(7)).isFalse();
    assertThat(m.containsKey("k7")).isTrue();
    assertThatThrownBy(() -> m.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove("k1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(1)).isInstanceOf(UnsupportedOperationException.class);
    java.util.Iterator<Map.Entry<String, Object>> it = m.entrySet().iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(m).hasSize(100);
    assertThatThrownBy(() -> Json.parseObject(json.insert(json.length() - 1, ",\"k42\":0").toString()))
        .isInstanceOf(JsonException.class).hasMessageContaining("duplicate");
  }

  private static String findKey(Map<String, Object> m, String name) {
    for (String k : m.keySet()) {
      if (k.equals(name)) {
        return k;
      }
    }
    return null;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hex(String hex) {
    String[] parts = hex.split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
