package io.github.cognitokit.cli;

import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.PoolFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command on a pool file: reads and checks the file first (nothing is called for a bad one), then runs. */
abstract class PoolFileCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  PoolFileOptions file;

  @Mixin
  AwsOptions aws;

  @Override
  public final Integer call() {
    PoolFile f = file.read(spec);
    try (CognitoAdmin admin = aws.admin()) {
      return run(f, admin);
    }
  }

  /**
   * Runs the command.
   *
   * @param file the checked pool file
   * @param admin the admin, closed after
   * @return the exit code
   */
  abstract int run(PoolFile file, CognitoAdmin admin);
}
