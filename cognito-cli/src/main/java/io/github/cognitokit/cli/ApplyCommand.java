package io.github.cognitokit.cli;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code cognito-kit apply FILE}: converges the pool to the file. */
@Command(name = "apply", mixinStandardHelpOptions = true,
    description = {"Create the pool or converge it to the file: its settings, domain, resource servers, identity"
        + " providers, app clients, groups and users, in that order, each printed as it is done.",
        "Settings the file leaves out keep what the pool has; nothing is deleted (see prune). Safe to run again."})
final class ApplyCommand extends PoolFileCommand {
  @Override
  int run(PoolFile file, CognitoAdmin admin) {
    spec.commandLine().getErr().println("Applying " + file.source() + " to user pool " + file.poolName() + " ...");
    List<ChangeReport> reports = file.apply(admin, r -> Reports.print(spec.commandLine().getOut(), r));
    spec.commandLine().getOut().println(Reports.summary("Apply", reports));
    return CognitoKit.OK;
  }
}
