package io.github.cognitokit.auth;

import io.github.cognitokit.auth.internal.Args;
import java.io.Serializable;

/**
 * A device Cognito remembers for a user: its key, its group key and the random password only this device knows. Keep
 * it where the device keeps secrets (the app's secure storage); pass it to a later sign-in and Cognito lets the
 * device prove itself with {@code DEVICE_SRP_AUTH} instead of asking for an MFA code.
 *
 * <p>Get one from {@link CognitoAuth#confirmDevice(AuthTokens, String)}, or rebuild a stored one with
 * {@link #of(String, String, String)}. Immutable; {@link #toString()} never shows the password.
 */
public final class RememberedDevice implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The device key, such as {@code us-east-1_0e6c9b3a-...}. */
  private final String deviceKey;
  /** The device group key Cognito sent with the new device. */
  private final String deviceGroupKey;
  /** The device's random password: a secret. */
  private final String password;

  private RememberedDevice(String deviceKey, String deviceGroupKey, String password) {
    this.deviceKey = deviceKey;
    this.deviceGroupKey = deviceGroupKey;
    this.password = password;
  }

  /**
   * Rebuilds a stored device.
   *
   * @param deviceKey the device key
   * @param deviceGroupKey the device group key
   * @param password the device password from {@link #password()}
   * @return the device
   * @throws IllegalArgumentException if an argument is null or blank
   */
  public static RememberedDevice of(String deviceKey, String deviceGroupKey, String password) {
    return new RememberedDevice(Args.text(deviceKey, "deviceKey"), Args.text(deviceGroupKey, "deviceGroupKey"),
        Args.text(password, "password"));
  }

  /**
   * Returns the device key.
   *
   * @return the device key
   */
  public String deviceKey() {
    return deviceKey;
  }

  /**
   * Returns the device group key.
   *
   * @return the group key
   */
  public String deviceGroupKey() {
    return deviceGroupKey;
  }

  /**
   * Returns the device's password, to store with the keys. A secret: never log it.
   *
   * @return the password
   */
  public String password() {
    return password;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RememberedDevice d && d.deviceKey.equals(deviceKey) && d.deviceGroupKey.equals(deviceGroupKey)
        && d.password.equals(password);
  }

  @Override
  public int hashCode() {
    return deviceKey.hashCode();
  }

  @Override
  public String toString() {
    return "RememberedDevice{deviceKey=" + deviceKey + ", password=***}";
  }
}
