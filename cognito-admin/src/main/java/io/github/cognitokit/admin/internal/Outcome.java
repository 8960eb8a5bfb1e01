package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.ChangeReport;

/**
 * What a reconcile run hands back to its spec: the resource's id and the report.
 *
 * @param id the id (pool id, client id, group name...), or null for a resource only planned
 * @param report what changed or would change
 */
public record Outcome(String id, ChangeReport report) {}
