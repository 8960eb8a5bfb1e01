package io.github.cognitokit.testkit;

import io.github.cognitokit.testkit.internal.EmulatorExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a local Cognito emulator.
 *
 * <p>One emulator process is started for the whole test JVM the first time a class needs it, and stopped when the
 * JVM ends. The extension injects it into test and lifecycle method parameters of type {@link CognitoEmulator} or
 * {@code CognitoIdentityProviderClient}, and into non-final fields of type {@link CognitoEmulator} (static fields
 * before {@code @BeforeAll}, instance fields before each test).
 *
 * <pre>{@code
 * @CognitoEmulatorTest
 * class SignInIT {
 *   CognitoEmulator emulator;
 *
 *   @Test
 *   void createsPool(CognitoIdentityProviderClient cognito) {
 *     String id = cognito.createUserPool(b -> b.poolName("p")).userPool().id();
 *     URI jwks = emulator.jwksUri(id);
 *   }
 * }
 * }</pre>
 *
 * <p>If the emulator is not installed, every test of the class fails with an {@link EmulatorNotFoundException}
 * that says {@code pip install "moto[server]"}; nothing is skipped. Test classes that share the emulator must not
 * run in parallel with each other.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(EmulatorExtension.class)
public @interface CognitoEmulatorTest {
  /**
   * When the emulator's state is cleared.
   *
   * @return the reset policy; {@link ResetPolicy#BEFORE_CLASS} by default
   */
  ResetPolicy reset() default ResetPolicy.BEFORE_CLASS;
}
