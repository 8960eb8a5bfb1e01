package io.github.cognitokit.admin;

import java.util.List;

/** Deletes that succeed when the resource is already gone. */
final class Deletion {
  private Deletion() {}

  /**
   * Runs a delete call.
   *
   * @param resource the resource, for the report
   * @param delete the call
   * @return DELETED, or ABSENT if Cognito says it does not exist
   * @throws CognitoAdminException for any other failure
   */
  static ChangeReport idempotent(String resource, Runnable delete) {
    try {
      delete.run();
      return new ChangeReport(resource, ChangeReport.Change.DELETED, List.of());
    } catch (CognitoAdminException e) {
      if (e.reason() == CognitoAdminException.Reason.NOT_FOUND) {
        return new ChangeReport(resource, ChangeReport.Change.ABSENT, List.of());
      }
      throw e;
    }
  }
}
