package io.github.cognitokit.benchmarks;

import io.github.cognitokit.tokens.CognitoJwtVerifier;
import java.security.Provider;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The goal ratios (RS256, 1 thread) measured in pairs: one fork runs the JDK floor, Cognito Kit and, where ACCP
 * loads, the ACCP floor and Cognito Kit on ACCP in turn, one 1-second iteration each, so that every ratio compares
 * iterations a few seconds apart instead of benchmarks minutes apart. Slow drift on a shared machine then hits both
 * sides of a ratio alike. Each round runs the subjects forward and the next round backward (ABBA), which cancels a
 * steady drift within a round too.
 *
 * <p>Which subject an iteration measured follows from its index alone ({@link #subject(int, int)}), so the report
 * can pair the iteration scores JMH returns. Warm-up iterations take turns the same way; use an even number of
 * rounds of them so measurement starts on a forward round.
 */
@State(Scope.Thread)
public class GoalBenchmark {
  /** The subjects in a forward round: the first one is the floor every ratio divides by. */
  static final String JDK_FLOOR = "jdkFloor";
  static final String COGNITO_KIT = "cognitoKit";
  static final String ACCP_FLOOR = "accpFloor";
  static final String COGNITO_KIT_ACCP = "cognitoKitAccp";

  Fixture fixture;
  CognitoJwtVerifier jdkKit;
  CognitoJwtVerifier accpKit;
  Signature jdkEngine;
  Signature accpEngine;
  int subjects;
  int iteration;
  int current;
  int next;

  /**
   * The subjects measured here.
   *
   * @return the JDK floor and Cognito Kit, plus the ACCP floor and Cognito Kit on ACCP where ACCP loads
   */
  static List<String> subjects() {
    List<String> s = new ArrayList<>(List.of(JDK_FLOOR, COGNITO_KIT));
    if (AccpBenchmark.available() != null) {
      s.add(ACCP_FLOOR);
      s.add(COGNITO_KIT_ACCP);
    }
    return s;
  }

  /**
   * Which subject an iteration measures: forward in even rounds, backward in odd ones.
   *
   * @param iteration the iteration's index, warm-up iterations included, from 0
   * @param subjects how many subjects take turns
   * @return the subject's index in {@link #subjects()}
   */
  static int subject(int iteration, int subjects) {
    int round = iteration / subjects;
    int position = iteration % subjects;
    return round % 2 == 0 ? position : subjects - 1 - position;
  }

  /**
   * Builds the fixture, the verifiers and the floor engines.
   *
   * @throws Exception if the fixture cannot be built
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    fixture = new Fixture("RS256");
    jdkKit = fixture.cognitoKit(0);
    jdkEngine = Signature.getInstance(fixture.jca());
    subjects = subjects().size();
    Provider accp = AccpBenchmark.available();
    if (accp != null) {
      accpKit = fixture.cognitoKit(0, null); // detects ACCP itself
      AccpBenchmark.switchToAccp(accpKit, fixture);
      accpEngine = Signature.getInstance(fixture.jca(), accp);
    }
  }

  /** Moves to the next subject before each iteration. */
  @Setup(Level.Iteration)
  public void nextSubject() {
    current = subject(iteration++, subjects);
  }

  /**
   * One verification by the current subject.
   *
   * @return the result
   * @throws Exception never for these tokens
   */
  @Benchmark
  public Object verify() throws Exception {
    int i = next;
    next = i + 1 == Fixture.TOKENS ? 0 : i + 1;
    switch (current) {
      case 0:
        return fixture.floor(jdkEngine, i);
      case 1:
        return jdkKit.verify(fixture.tokens[i]);
      case 2:
        return fixture.floor(accpEngine, i);
      default:
        return accpKit.verify(fixture.tokens[i]);
    }
  }
}
