package io.github.cognitokit.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserPoolIdsTest {
  @ParameterizedTest
  @ValueSource(strings = {"us-east-1_AbC123", "eu-central-2_x", "ap-southeast-4_Zz9", "us-gov-west-1_Ab", "cn-north-1_Q"})
  void realIds_areValid(String id) {
    assertThat(UserPoolIds.isValid(id)).isTrue();
    assertThat(UserPoolIds.require(id, "pool")).isEqualTo(id);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"us-east-1", "_AbC", "us-east-1_", "US-EAST-1_abc", "us-east-1_ab-c", "us_east_1_abc",
      "us-east-1_abc/../x", " us-east-1_abc", "east_abc"})
  void otherStrings_areRefused_namingTheSetting(String id) {
    assertThat(UserPoolIds.isValid(id)).isFalse();
    assertThatThrownBy(() -> UserPoolIds.require(id, "cognito.user-pool-id"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cognito.user-pool-id must look like");
  }

  @Test
  void regionAndIssuer_followFromTheId() {
    assertThat(UserPoolIds.region("eu-west-1_AbC123")).isEqualTo("eu-west-1");
    assertThat(UserPoolIds.issuer("eu-west-1_AbC123")).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123");
    assertThat(UserPoolIds.issuer("cn-north-1_AbC")).isEqualTo("https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_AbC");
    assertThat(UserPoolIds.poolName("eu-west-1_AbC123")).isEqualTo("AbC123");
    assertThatThrownBy(() -> UserPoolIds.poolName("AbC123")).isInstanceOf(IllegalArgumentException.class);
  }

  /** The rule as the regular expression it was first written as: the hand scanner must agree with it everywhere. */
  static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
      "([a-z]{2,4}(?:-[a-z]+)+-\\d+)_[0-9A-Za-z]+");

  @Test
  void isValid_agreesWithTheRegularExpression_onRandomAndNearMissIds() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "aebz-_09AZ\u00fc\u0661";
    int valid = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      if (random.nextBoolean()) {
        b.append("us-east-1_Ab".substring(0, random.nextInt(13)));
      }
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String id = b.toString();
      boolean expected = RULE.matcher(id).matches();
      valid += expected ? 1 : 0;
      assertThat(UserPoolIds.isValid(id)).as("'%s'", id).isEqualTo(expected);
      if (expected) {
        java.util.regex.Matcher m = RULE.matcher(id);
        m.matches();
        assertThat(UserPoolIds.region(id)).isEqualTo(m.group(1));
      }
    }
    assertThat(valid).as("the sample holds valid ids too").isGreaterThan(1000);
  }
}
