/**
 * Runs a local Cognito emulator (moto) for tests: {@link io.github.cognitokit.testkit.CognitoEmulator} as a plain
 * launcher, and {@link io.github.cognitokit.testkit.CognitoEmulatorTest} as a JUnit 5 extension.
 *
 * <p>The emulator is {@code moto_server} from the Python package {@code moto[server]}, installed with
 * {@code pip install "moto[server]"}. It serves the Cognito user pool API and each pool's key set on a loopback port.
 */
package io.github.cognitokit.testkit;
