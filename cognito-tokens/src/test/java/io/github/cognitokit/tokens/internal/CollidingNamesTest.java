package io.github.cognitokit.tokens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Member names chosen so that their {@code String.hashCode} collide ("Aa" and "BB" hash alike, and so does every
 * string made of such pairs): the object must spill its lookups to a structure that stays logarithmic, and still
 * answer every lookup right.
 */
class CollidingNamesTest {
  /** 2^bits distinct strings of 2*bits characters, all with the same hash code. */
  static List<String> colliding(int bits) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < (1 << bits); i++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < bits; b++) {
        sb.append((i >> b & 1) == 0 ? "Aa" : "BB");
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void collidingNames_spill_andEveryLookupStillAnswersRight() throws Exception {
    List<String> names = colliding(11);
    assertThat(names.stream().map(String::hashCode).distinct()).hasSize(1);
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < names.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\":").append(i);
    }
    Map<String, Object> m = Json.parseObject(json.append('}').toString());

    assertThat(((JsonObject) m).spilled()).isTrue();
    assertThat(m).hasSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      assertThat(m.get(names.get(i))).isEqualTo((long) i);
    }
    assertThat(m.get("AaAaAaAaAaAaAaAaAaAaBC")).isNull();
    assertThat(m.containsKey(names.get(7))).isTrue();
    assertThat(m.get(42)).isNull();
    assertThat(List.copyOf(m.keySet())).isEqualTo(names); // document order kept
  }

  @Test
  void aDuplicateAmongCollidingNames_isStillAnError() {
    List<String> names = colliding(6);
    StringBuilder json = new StringBuilder("{");
    for (String n : names) {
      json.append('"').append(n).append("\":1,");
    }
    json.append('"').append(names.get(3)).append("\":2}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.parseObject(json.toString()))
        .isInstanceOf(JsonException.class).hasMessageContaining("duplicate");
  }

  @Test
  void ordinaryTokens_doNotSpill() throws Exception {
    Map<String, Object> m = Json.parseObject("{\"sub\":\"a\",\"iss\":\"b\",\"client_id\":\"c\",\"origin_jti\":\"d\","
        + "\"event_id\":\"e\",\"token_use\":\"access\",\"scope\":\"s\",\"auth_time\":1,\"exp\":2,\"iat\":3,"
        + "\"jti\":\"f\",\"username\":\"g\",\"cognito:groups\":[],\"version\":2}");
    assertThat(((JsonObject) m).spilled()).isFalse();
    assertThat(m.get("username")).isEqualTo("g");
  }
}
