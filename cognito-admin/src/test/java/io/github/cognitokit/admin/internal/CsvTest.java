package io.github.cognitokit.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void read_handlesQuotesCommasAndLineBreaks() throws Exception {
    List<Csv.Row> rows = Csv.read(new StringReader("\uFEFFa,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\n\n"
        + "1,,3\n,\n"));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).fields()).containsExactly("a", "b", "c");
    assertThat(rows.get(1).fields()).containsExactly("x, y", "he said \"hi\"", "two\nlines");
    assertThat(rows.get(2).line()).isEqualTo(5);
    assertThat(rows.get(2).fields()).containsExactly("1", "", "3");
    assertThat(rows.get(3).fields()).containsExactly("", "");
  }

  @Test
  void read_rejectsBrokenQuotes_namingTheLine() {
    assertThatThrownBy(() -> Csv.read(new StringReader("a\n\"open")))
        .isInstanceOf(io.github.cognitokit.admin.internal.Csv.CsvException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> Csv.read(new StringReader("a\"b\n")))
        .isInstanceOf(io.github.cognitokit.admin.internal.Csv.CsvException.class).hasMessageContaining("quote");
    assertThatThrownBy(() -> Csv.read(new StringReader("\"a\"b\n")))
        .isInstanceOf(io.github.cognitokit.admin.internal.Csv.CsvException.class).hasMessageContaining("after a closing quote");
  }

  @Test
  void rateLimiter_halvesOnThrottle_andRecovers() {
    RateLimiter limiter = new RateLimiter("UserCreation", 50);
    limiter.throttled();
    assertThat(limiter.rate()).isEqualTo(25.0);
    for (int i = 0; i < 100; i++) {
      limiter.succeeded();
    }
    assertThat(limiter.rate()).isEqualTo(50.0);
    for (int i = 0; i < 20; i++) {
      limiter.throttled();
    }
    assertThat(limiter.rate()).isEqualTo(1.0);
    assertThatThrownBy(() -> new RateLimiter("x", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above zero");
  }
}
