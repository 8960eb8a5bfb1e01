package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Our JSON parser against a reference parser (Jackson, strict duplicate detection) on generated documents and on
 * mutations of them: where Jackson reads a document, ours reads the same values or refuses it for one of its
 * documented stricter rules; where Jackson refuses one, ours refuses it too; and ours fails only with
 * {@link JsonException}. Fixed seeds: the same documents on every run.
 */
class JsonDifferentialTest {
  /** The rules by which ours is stricter than JSON as Jackson reads it (see the {@link Json} class comment). */
  static final Pattern STRICTER = Pattern.compile("number longer than|number out of range|lone surrogate"
      + "|nested deeper than");

  static final ObjectMapper JACKSON = new ObjectMapper(JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build()).build())
      .configure(JsonParser.Feature.ALLOW_COMMENTS, false)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  final Random random = new Random(2026_11_30L);

  String number() {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(3) == 0) {
      sb.append('-');
    }
    int digits = random.nextInt(10) == 0 ? 20 + random.nextInt(60) : 1 + random.nextInt(19);
    sb.append(random.nextInt(9) + 1);
    for (int i = 1; i < digits; i++) {
      sb.append(random.nextInt(10));
    }
    if (random.nextInt(10) == 0) {
      sb.setLength(sb.charAt(0) == '-' ? 1 : 0);
      sb.append('0');
    }
    if (random.nextInt(3) == 0) {
      sb.append('.');
      for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
        sb.append(random.nextInt(10));
      }
    }
    if (random.nextInt(3) == 0) {
      sb.append(random.nextBoolean() ? 'e' : 'E');
      sb.append(random.nextInt(3) == 0 ? "" : random.nextBoolean() ? "+" : "-");
      sb.append(random.nextInt(5) == 0 ? String.valueOf(random.nextInt(Integer.MAX_VALUE)) : random.nextInt(400));
    }
    return sb.toString();
  }

  String string() {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0, n = random.nextInt(12); i < n; i++) {
      switch (random.nextInt(9)) {
        case 0 -> { // any code unit but a surrogate, whose pairs cases 4 and 5 write; a lone one, rarely
          int c = random.nextInt(200) == 0 ? 0xd800 + random.nextInt(0x800) : random.nextInt(0xd800);
          sb.append("\\u").append(String.format("%04x", c));
        }
        case 1 -> sb.append("\\\"");
        case 2 -> sb.append("\\n\\t\\\\/\\/");
        case 3 -> sb.append('\u00e9');
        case 4 -> sb.append("\ud83d\ude00");
        case 5 -> sb.append("\\ud83d\\ude00");
        default -> sb.append((char) ('a' + random.nextInt(26)));
      }
    }
    return sb.append('"').toString();
  }

  String value(int depth) {
    int kind = depth > 5 ? random.nextInt(4) : random.nextInt(7);
    return switch (kind) {
      case 0 -> number();
      case 1 -> string();
      case 2 -> List.of("true", "false", "null").get(random.nextInt(3));
      case 3 -> number();
      case 4, 5 -> object(depth + 1);
      default -> {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          sb.append(i == 0 ? "" : ",").append(value(depth + 1));
        }
        yield sb.append(']').toString();
      }
    };
  }

  String object(int depth) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0, n = random.nextInt(5); i < n; i++) {
      sb.append(i == 0 ? "" : ",").append(random.nextInt(8) == 0 ? " " : "").append(string()).append(':')
          .append(value(depth));
    }
    return sb.append('}').toString();
  }

  /** Compares our value with Jackson's. */
  static void assertSame(Object ours, JsonNode theirs, String doc) {
    if (theirs.isObject()) {
      assertThat(ours).as(doc).isInstanceOf(Map.class);
      Map<?, ?> map = (Map<?, ?>) ours;
      assertThat(map).as(doc).hasSize(theirs.size());
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = theirs.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        names.add(name);
        assertThat(map.containsKey(name)).as(doc).isTrue();
        assertSame(map.get(name), theirs.get(name), doc);
      }
      assertThat(new ArrayList<>(map.keySet())).as("document order, " + doc).isEqualTo(names);
    } else if (theirs.isArray()) {
      assertThat(ours).as(doc).isInstanceOf(List.class);
      List<?> list = (List<?>) ours;
      assertThat(list).as(doc).hasSize(theirs.size());
      for (int i = 0; i < list.size(); i++) {
        assertSame(list.get(i), theirs.get(i), doc);
      }
    } else if (theirs.isIntegralNumber()) {
      BigInteger want = theirs.bigIntegerValue();
      assertThat(ours).as(doc).isInstanceOf(want.bitLength() < 64 ? Long.class : BigInteger.class);
      assertThat(new BigInteger(ours.toString())).as(doc).isEqualTo(want);
    } else if (theirs.isNumber()) {
      assertThat(ours).as(doc).isInstanceOf(Double.class).isEqualTo(theirs.doubleValue());
    } else if (theirs.isTextual()) {
      assertThat(ours).as(doc).isEqualTo(theirs.textValue());
    } else if (theirs.isBoolean()) {
      assertThat(ours).as(doc).isEqualTo(theirs.booleanValue());
    } else {
      assertThat(theirs.isNull()).as(doc).isTrue();
      assertThat(ours).as(doc).isNull();
    }
  }

  /** Runs both parsers on one document and checks they agree as the class comment says. */
  static String compare(String doc) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    JsonNode theirs;
    try {
      theirs = JACKSON.readTree(bytes);
    } catch (Exception e) {
      theirs = null;
    }
    Map<String, Object> ours;
    try {
      ours = Json.parseObject(bytes);
    } catch (JsonException e) {
      if (theirs != null && theirs.isObject()) {
        assertThat(e.getMessage()).as("ours refused what Jackson reads, and for no documented rule: " + doc)
            .containsPattern(STRICTER);
        return "stricter";
      }
      return "both refused";
    } catch (RuntimeException e) {
      throw new AssertionError("not a JsonException: " + e + " for " + doc, e);
    }
    assertThat(theirs).as("ours read what Jackson refuses: " + doc).isNotNull();
    assertThat(theirs.isObject()).as(doc).isTrue();
    // Jackson reads 1e999 as infinity; ours refuses it, so reaching here means no such number was read.
    assertSame(ours, theirs, doc);
    return "same";
  }

  @Test
  void generatedDocuments_readTheSame() {
    Map<String, Integer> outcomes = new java.util.TreeMap<>();
    for (int i = 0; i < 5_000; i++) {
      outcomes.merge(compare(object(0)), 1, Integer::sum);
    }
    // Both refuse the documents where the generator repeated a member name or wrote a lone surrogate.
    assertThat(outcomes.get("same")).as(outcomes.toString()).isGreaterThan(3_500);
    assertThat(outcomes).as("the long numbers and big exponents make ours refuse some").containsKey("stricter");
  }

  @Test
  void mutatedDocuments_areReadTheSameOrRefusedByBoth() {
    String alphabet = "{}[]\":,.-+eE0123456789\\u tfnrl\u00e9";
    Map<String, Integer> outcomes = new java.util.TreeMap<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder doc = new StringBuilder(object(0));
      for (int m = 0, n = 1 + random.nextInt(3); m < n && doc.length() > 0; m++) {
        int at = random.nextInt(doc.length());
        switch (random.nextInt(3)) {
          case 0 -> doc.deleteCharAt(at);
          case 1 -> doc.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> doc.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      outcomes.merge(compare(doc.toString()), 1, Integer::sum);
    }
    assertThat(outcomes).as(outcomes.toString()).containsKeys("same", "both refused");
  }

  @Test
  void theReviewedNumbers_andDuplicates_areHandledAsDocumented() {
    assertThat(compare("{\"n\":1e9999999999}")).isEqualTo("stricter");
    assertThat(compare("{\"n\":0.1e-2147483648}")).isEqualTo("same");
    assertThat(compare("{\"a\":1,\"a\":2}")).isEqualTo("both refused");
    assertThat(compare("{\"s\":\"\\ud800\"}")).isEqualTo("stricter");
  }
}
