package io.github.cognitokit.examples;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CustomAttribute;
import io.github.cognitokit.admin.Provisioning;
import io.github.cognitokit.admin.ProvisioningPlan;
import io.github.cognitokit.admin.ProvisioningReport;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.admin.UserRows;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Syncs users from the sample directory export shipped with the quickstart. */
final class ProvisionScenario {
  private ProvisionScenario() {}

  static void run(Run run, PrintStream out) throws Exception {
    Console c = run.console;
    c.step("provision: pool with a custom attribute, then a sync from directory.csv");
    UserPool pool = run.pool(run.admin.userPool("cognito-kit-directory").selfSignUp(false)
        .customAttributes(CustomAttribute.string("department").maxLength(64)).ensure());
    if (pool.report().change() == ChangeReport.Change.CREATED) {
      // A pool as last month's sync left it: one person moved department, one left the company.
      c.report(pool.user("ada").email("ada@example.com", true).attribute("department", "research")
          .suppressInvitation().ensure().report());
      c.report(pool.user("charles").email("charles@example.com", true).attribute("department", "engineering")
          .suppressInvitation().ensure().report());
    }
    UserRows rows;
    try (Reader csv = new InputStreamReader(ProvisionScenario.class.getResourceAsStream("directory.csv"),
        StandardCharsets.UTF_8)) {
      rows = UserRows.csv(csv);
    }
    Provisioning sync = pool.provisioning().users(rows).absentUsers(Provisioning.AbsentUsers.DISABLE);
    ProvisioningPlan plan = sync.dryRun(out);
    ProvisioningReport report = sync.apply();
    c.info("report: " + report);
    c.check("sync finished with no failed user", report.failures().isEmpty());
    c.check("a second plan is empty: the pool matches the directory", sync.plan().isEmpty());
    if (!plan.isEmpty()) {
      c.reports.add(new ChangeReport("users of cognito-kit-directory", ChangeReport.Change.UPDATED, java.util.List.of()));
    }
  }
}
