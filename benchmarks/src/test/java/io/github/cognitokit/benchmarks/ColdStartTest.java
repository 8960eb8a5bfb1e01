package io.github.cognitokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cold-start harness works: each variant's fresh JVM verifies the token (a probe that fails to verify fails
 * the run) and reports a time. No time is asserted here; the goals are checked by running {@link ColdStart}.
 */
class ColdStartTest {
  @Test
  void oneRound_runsEveryVariantInAFreshJvm_andReportsIt() throws Exception {
    Map<String, List<Double>> ms = ColdStart.run(1);

    assertThat(ms).containsKeys("floor", "cognito-kit", "cognito-kit+appcds");
    if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      assertThat(ms).as("ACCP ships for Linux, so that variant runs here").containsKey("cognito-kit+accp");
    }
    assertThat(ms.values()).allSatisfy(v -> assertThat(v).singleElement().satisfies(t -> assertThat(t).isPositive()));
    assertThat(ColdStart.report(ms)).contains("| cognito-kit |").contains("x floor");
  }

  @Test
  void instructionReport_givesEachVariantAsAMultipleOfTheFloor() {
    Map<String, Double> minstr = new java.util.LinkedHashMap<>();
    minstr.put("floor", 200.0);
    minstr.put("cognito-kit", 250.0);

    assertThat(ColdStart.instructionReport(minstr)).contains("| floor | 200.0 | 1.00 |")
        .contains("| cognito-kit | 250.0 | 1.25 |");
  }

  /**
   * In a fresh JVM with ACCP on the class path, a verifier built without a provider checks its first token on the
   * JDK's (a function that verifies a few tokens never loads ACCP) and has switched to ACCP after a thousand more.
   */
  @Test
  void accpTakesOver_afterAThousandChecks_notForTheFirstToken() throws Exception {
    List<String> lines = ColdStart.providerSwitch();

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("first=").contains("signatures=JDK");
    boolean linux = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux");
    assertThat(lines.get(1)).startsWith("later=")
        .contains(linux ? "signatures=AmazonCorrettoCryptoProvider" : "signatures=JDK");
  }

  /**
   * The cold start's class budget (docs/BENCHMARKS.md, "Cold start"): building a verifier and verifying a first token
   * loads no exception class (each is thrown through a factory or caught as {@code RuntimeException}, so it loads
   * with the first failure), and no more than 27 classes of cognito-tokens. A change that adds one to the path
   * should be a choice: raise the number here and say why in BENCHMARKS.md.
   */
  @Test
  void coldStart_loadsNoExceptionClass_andAtMost27OfOurs() throws Exception {
    List<String> beyondFloor = ColdStart.classesBeyondFloor();

    assertThat(beyondFloor).as("classes a cold start loads beyond the bare JDK check").isNotEmpty()
        .noneMatch(n -> n.endsWith("Exception") || n.endsWith("Error"));
    assertThat(beyondFloor.stream().filter(n -> n.startsWith("io.github.cognitokit.tokens.")).toList())
        .contains("io.github.cognitokit.tokens.CognitoJwtVerifier").hasSizeLessThanOrEqualTo(27);
  }
}
