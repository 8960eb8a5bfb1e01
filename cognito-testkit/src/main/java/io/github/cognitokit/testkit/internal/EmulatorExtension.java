package io.github.cognitokit.testkit.internal;

import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.ResetPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The JUnit 5 extension behind {@link CognitoEmulatorTest}: starts the JVM-wide emulator, resets it as the
 * annotation says, and injects it into parameters and fields.
 */
public final class EmulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, TestInstancePostProcessor, ParameterResolver {

  /** Creates the extension; JUnit calls this. */
  public EmulatorExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    Class<?> testClass = context.getRequiredTestClass();
    CognitoEmulator emulator = CognitoEmulator.shared();
    boolean nested = testClass.isAnnotationPresent(Nested.class);
    if (!nested && policy(context) == ResetPolicy.BEFORE_CLASS) {
      emulator.reset();
    }
    inject(testClass, null, emulator, true);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (policy(context) == ResetPolicy.BEFORE_EACH) {
      CognitoEmulator.shared().reset();
    }
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
    inject(testInstance.getClass(), testInstance, CognitoEmulator.shared(), false);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == CognitoEmulator.class || type == CognitoIdentityProviderClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    CognitoEmulator emulator = CognitoEmulator.shared();
    return parameterContext.getParameter().getType() == CognitoEmulator.class ? emulator : emulator.client();
  }

  private static ResetPolicy policy(ExtensionContext context) {
    return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CognitoEmulatorTest.class)
        .map(CognitoEmulatorTest::reset)
        .or(() -> context.getParent().flatMap(ExtensionContext::getTestClass)
            .flatMap(c -> AnnotationSupport.findAnnotation(c, CognitoEmulatorTest.class))
            .map(CognitoEmulatorTest::reset))
        .orElse(ResetPolicy.BEFORE_CLASS);
  }

  private static void inject(Class<?> type, Object instance, CognitoEmulator emulator, boolean statics)
      throws IllegalAccessException {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() != CognitoEmulator.class || Modifier.isStatic(field.getModifiers()) != statics) {
          continue;
        }
        if (Modifier.isFinal(field.getModifiers())) {
          throw new ExtensionConfigurationException("Field " + c.getName() + "." + field.getName()
              + " of type CognitoEmulator must not be final: the extension sets it");
        }
        field.setAccessible(true);
        field.set(instance, emulator);
      }
    }
  }
}
