package io.github.cognitokit.cli;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cognito-kit plan FILE}: what {@code apply} would change; writes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Show what apply would change, resource by resource, field by field. Writes nothing.")
final class PlanCommand extends PoolFileCommand {
  @Option(names = "--detailed-exitcode", description = "Exit with 5 when there are changes (0 when none).")
  boolean detailed;

  @Override
  int run(PoolFile file, CognitoAdmin admin) {
    List<ChangeReport> reports = file.plan(admin);
    reports.forEach(r -> Reports.print(spec.commandLine().getOut(), r));
    spec.commandLine().getOut().println(Reports.summary("Plan", reports));
    return detailed && reports.stream().anyMatch(ChangeReport::changed) ? CognitoKit.CHANGES : CognitoKit.OK;
  }
}
