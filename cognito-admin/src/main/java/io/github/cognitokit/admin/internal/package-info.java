/**
 * Not API; may change in any release. The admin engine and its helpers.
 *
 * <ul>
 *   <li>{@link io.github.cognitokit.admin.internal.Reconciler}: the one reconcile loop (check, observe, plan, apply),
 *       and a small unit per resource kind: {@code PoolReconciler}, {@code MfaReconciler},
 *       {@code DomainReconciler}, {@code UiCustomizationReconciler}, {@code ResourceServerReconciler},
 *       {@code ClientReconciler}, {@code GroupReconciler}, {@code MembershipReconciler}, {@code UserReconciler},
 *       {@code IdentityPoolReconciler}, {@code IdentityProviderReconciler}, {@code BrandingReconciler},
 *       {@code LogDeliveryReconciler}, {@code RiskReconciler}. Each takes an immutable {@code *Desired} value; its
 *       static {@code plan*} method is pure and returns a {@link io.github.cognitokit.admin.internal.Plan}; the
 *       settings fixed at creation are one {@link io.github.cognitokit.admin.internal.CreationOnly} list per
 *       kind.</li>
 *   <li>{@link io.github.cognitokit.admin.internal.Gateway}: every Cognito operation, named once, run through
 *       {@link io.github.cognitokit.admin.internal.Calls} (retries, throttling, error mapping) with the name-to-id
 *       index ({@link io.github.cognitokit.admin.internal.NameIndex}).</li>
 *   <li>{@link io.github.cognitokit.admin.internal.Poll}, the one wait loop for long-running work (a new domain,
 *       an import job); {@link io.github.cognitokit.admin.internal.ImportCsv}, an import job's file.</li>
 *   <li>Provisioning's pure planner, the CSV and JSON-lines readers, JSON to SDK documents, the rate limiter, SDK
 *       field copying and argument checks.</li>
 * </ul>
 */
package io.github.cognitokit.admin.internal;
