package io.github.cognitokit.admin;

/** The pool's feature plan ({@code UserPoolTier}). */
public enum FeaturePlan {
  /** Lite. */
  LITE,
  /** Essentials, the default for new pools. */
  ESSENTIALS,
  /** Plus. */
  PLUS
}
