package io.github.cognitokit.cli;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cognito-kit prune FILE}: deletes what the file no longer names. */
@Command(name = "prune", mixinStandardHelpOptions = true,
    description = {"Delete the app clients, identity providers, resource servers and groups of the pool that the"
        + " file does not name. Users are left alone (see users sync --absent).",
        "Refused, before any deletion, when an app client the file keeps uses a provider or scope to be deleted."})
final class PruneCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  PoolFileOptions file;

  @Mixin
  AwsOptions aws;

  @Option(names = "--dry-run", description = "Only list what would be deleted.")
  boolean dryRun;

  @Override
  public Integer call() {
    PoolFile f = file.read(spec);
    try (CognitoAdmin admin = aws.admin()) {
      List<ChangeReport> reports = dryRun ? f.planPrune(admin) : f.prune(admin);
      reports.forEach(r -> Reports.print(spec.commandLine().getOut(), r));
      spec.commandLine().getOut().println((dryRun ? "Would delete " : "Deleted ") + reports.size()
          + (reports.size() == 1 ? " resource." : " resources."));
      return CognitoKit.OK;
    }
  }
}
