package io.github.cognitokit.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A device of the signed-in user, from {@link CognitoAuth#listDevices(String)}.
 *
 * @param deviceKey the device key
 * @param name the name given at confirmation ({@code device_name}), if any
 * @param remembered whether Cognito remembers it ({@code dev:device_remembered_status} is {@code remembered})
 * @param attributes every device attribute Cognito sent, by name
 * @param created when the device was first seen, if Cognito says
 * @param lastAuthenticated when the user last signed in with it, if Cognito says
 */
public record DeviceInfo(String deviceKey, Optional<String> name, boolean remembered, Map<String, String> attributes,
    Optional<Instant> created, Optional<Instant> lastAuthenticated) {}
