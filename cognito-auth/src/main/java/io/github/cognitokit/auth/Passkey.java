package io.github.cognitokit.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A passkey registered to the signed-in user, from {@link CognitoAuth#listPasskeys(String)}.
 *
 * @param credentialId the credential id
 * @param name the friendly name the authenticator gave, if any
 * @param relyingPartyId the relying party (the domain) it is bound to
 * @param attachment {@code platform} or {@code cross-platform}, if known
 * @param transports how the authenticator talks ({@code usb}, {@code nfc}, {@code internal}, ...)
 * @param createdAt when it was registered, if Cognito says
 */
public record Passkey(String credentialId, Optional<String> name, String relyingPartyId, Optional<String> attachment,
    List<String> transports, Optional<Instant> createdAt) {}
