package io.github.cognitokit.testkit;

/**
 * Thrown when no Cognito emulator executable can be found.
 *
 * <p>The message names the places that were searched and says how to install the emulator:
 * {@code pip install "moto[server]"}. Tests that need the emulator fail with this exception; they are never skipped.
 */
public final class EmulatorNotFoundException extends EmulatorException {
  private static final long serialVersionUID = 1L;

  /** The command that installs the emulator, quoted in every message of this type. */
  public static final String INSTALL_HINT = "pip install \"moto[server]\"";

  /**
   * Creates an exception that says what was searched and how to install the emulator.
   *
   * @param searched the places that were searched, in the words of the message
   */
  public EmulatorNotFoundException(String searched) {
    super("No Cognito emulator found (" + searched + "). Install it with: " + INSTALL_HINT
        + ", or point the system property " + CognitoEmulator.EXECUTABLE_PROPERTY + " or the environment variable "
        + CognitoEmulator.EXECUTABLE_ENV + " at a moto_server executable.");
  }
}
