package io.github.cognitokit.admin;

/** A user pool Lambda trigger ({@code LambdaConfig}). */
public enum LambdaTrigger {
  /** Pre sign-up. */
  PRE_SIGN_UP,
  /** Custom message. */
  CUSTOM_MESSAGE,
  /** Post confirmation. */
  POST_CONFIRMATION,
  /** Pre authentication. */
  PRE_AUTHENTICATION,
  /** Post authentication. */
  POST_AUTHENTICATION,
  /** Define auth challenge. */
  DEFINE_AUTH_CHALLENGE,
  /** Create auth challenge. */
  CREATE_AUTH_CHALLENGE,
  /** Verify auth challenge response. */
  VERIFY_AUTH_CHALLENGE_RESPONSE,
  /** User migration. */
  USER_MIGRATION,
  /** Pre token generation; see {@code UserPoolSpec.preTokenGeneration} for the version. */
  PRE_TOKEN_GENERATION,
  /** Custom e-mail sender (needs a KMS key). */
  CUSTOM_EMAIL_SENDER,
  /** Custom SMS sender (needs a KMS key). */
  CUSTOM_SMS_SENDER
}
