package io.github.cognitokit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cognito-kit token ...}: token commands. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Cognito tokens.",
    subcommands = TokenVerifyCommand.class)
final class TokenCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a token command: verify");
  }
}
