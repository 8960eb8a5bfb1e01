package io.github.cognitokit.cli;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cognito-kit prune FILE}: deletes what the file no longer names. */
@Command(name = "prune", mixinStandardHelpOptions = true,
    description = {"Delete the app clients, identity providers, resource servers and groups of the pool that the"
        + " file does not name. Users are left alone (see users sync --absent).",
        "Refused, before any deletion, when an app client the file keeps uses a provider or scope to be deleted."})
final class PruneCommand extends PoolFileCommand {
  @Option(names = "--dry-run", description = "Only list what would be deleted.")
  boolean dryRun;

  @Override
  int run(PoolFile file, CognitoAdmin admin) {
    List<ChangeReport> reports = dryRun ? file.planPrune(admin) : file.prune(admin);
    reports.forEach(r -> Reports.print(spec.commandLine().getOut(), r));
    spec.commandLine().getOut().println((dryRun ? "Would delete " : "Deleted ") + reports.size()
        + (reports.size() == 1 ? " resource." : " resources."));
    return CognitoKit.OK;
  }
}
