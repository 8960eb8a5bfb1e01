package io.github.cognitokit.auth;

/**
 * A device Cognito started tracking with this sign-in ({@code NewDeviceMetadata}); confirm it with
 * {@link CognitoAuth#confirmDevice(AuthTokens, String)} to remember it.
 *
 * @param deviceKey the device key
 * @param deviceGroupKey the device group key
 */
public record NewDevice(String deviceKey, String deviceGroupKey) {}
