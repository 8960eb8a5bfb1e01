package io.github.cognitokit.auth;

/**
 * The result of {@link CognitoAuth#confirmDevice(AuthTokens, String)}.
 *
 * @param device the device and its password, for the caller to store
 * @param userConfirmationNecessary true where the pool remembers devices only when the user agrees: then call
 *     {@link CognitoAuth#updateDeviceStatus(String, String, boolean)} if the user wants this one remembered
 */
public record ConfirmedDevice(RememberedDevice device, boolean userConfirmationNecessary) {}
