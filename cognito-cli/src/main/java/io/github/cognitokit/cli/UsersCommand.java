package io.github.cognitokit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cognito-kit users ...}: user commands. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Users of a pool.",
    subcommands = UsersSyncCommand.class)
final class UsersCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a users command: sync");
  }
}
