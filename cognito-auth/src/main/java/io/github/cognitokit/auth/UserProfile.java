package io.github.cognitokit.auth;

import java.util.List;
import java.util.Map;

/**
 * A signed-in user's own view of their account ({@code GetUser}).
 *
 * @param username the internal user name
 * @param attributes every attribute Cognito returns, by name ({@code sub}, {@code email}, {@code custom:...})
 * @param mfaOptions the MFA methods the user has set up, such as {@code SOFTWARE_TOKEN_MFA}
 * @param preferredMfa the preferred one, or null
 */
public record UserProfile(String username, Map<String, String> attributes, List<String> mfaOptions,
    String preferredMfa) {}
