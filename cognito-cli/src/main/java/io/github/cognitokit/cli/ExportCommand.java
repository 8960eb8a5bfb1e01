package io.github.cognitokit.cli;

import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cognito-kit export POOL}: writes the pool file of an existing pool. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the pool file of an existing pool (console-made ones too), so that plan then shows no"
        + " change.", "Secrets are left out: the file holds $${NAME} placeholders to set before plan or apply."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "POOL", description = "The user pool's name.")
  String pool;

  @Mixin
  AwsOptions aws;

  @Option(names = "--users", description = "List the pool's users too (attributes, groups, enabled; no passwords).")
  boolean users;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: stdout).")
  Path output;

  @Override
  public Integer call() {
    String yaml;
    try (CognitoAdmin admin = aws.admin()) {
      yaml = PoolFile.export(admin, pool, users);
    }
    if (output == null) {
      spec.commandLine().getOut().print(yaml);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(output, yaml, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output, e);
      }
      spec.commandLine().getErr().println("Wrote " + output);
    }
    return CognitoKit.OK;
  }
}
