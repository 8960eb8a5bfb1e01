package io.github.cognitokit.testkit;

/**
 * When {@link CognitoEmulatorTest} clears the emulator's state.
 *
 * <p>The emulator is shared by every test class in the JVM, so resetting is what keeps classes independent.
 */
public enum ResetPolicy {
  /** Reset before the first test of each test class (the default). */
  BEFORE_CLASS,
  /** Reset before every test method. */
  BEFORE_EACH,
  /** Never reset: the class sees what earlier classes left behind. */
  NEVER
}
