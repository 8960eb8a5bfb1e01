package io.github.cognitokit.auth;

import java.util.Optional;

/**
 * The outcome of a self-service sign-up.
 *
 * @param userSub the new user's {@code sub}
 * @param confirmed whether the user is already confirmed (a pre-sign-up trigger can confirm at once); otherwise
 *     call {@link CognitoAuth#confirmSignUp(String, String)} with the code the user received
 * @param codeDelivery where the confirmation code went, if one was sent
 */
public record SignUpResult(String userSub, boolean confirmed, Optional<CodeDelivery> codeDelivery) {}
