package io.github.cognitokit.cli;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cognito-kit apply FILE}: converges the pool to the file. */
@Command(name = "apply", mixinStandardHelpOptions = true,
    description = {"Create the pool or converge it to the file: its settings, domain, resource servers, identity"
        + " providers, app clients, groups and users, in that order, each printed as it is done.",
        "Settings the file leaves out keep what the pool has; nothing is deleted (see prune). Safe to run again."})
final class ApplyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  PoolFileOptions file;

  @Mixin
  AwsOptions aws;

  @Override
  public Integer call() {
    PoolFile f = file.read(spec);
    spec.commandLine().getErr().println("Applying " + f.source() + " to user pool " + f.poolName() + " ...");
    try (CognitoAdmin admin = aws.admin()) {
      List<ChangeReport> reports = f.apply(admin, r -> Reports.print(spec.commandLine().getOut(), r));
      spec.commandLine().getOut().println(Reports.summary("Apply", reports));
      return CognitoKit.OK;
    }
  }
}
