package io.github.cognitokit.testkit;

/** A program for {@link CognitoEmulatorLifecycleIT}: starts an emulator, prints its pid and waits to be killed. */
public final class EmulatorHolderMain {
  private EmulatorHolderMain() {}

  /**
   * Starts the emulator and sleeps.
   *
   * @param args ignored
   * @throws InterruptedException never in practice; the JVM is killed
   */
  public static void main(String[] args) throws InterruptedException {
    CognitoEmulator emulator = CognitoEmulator.start();
    System.out.println("EMULATOR_PID=" + emulator.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
