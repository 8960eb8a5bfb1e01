package io.github.cognitokit.cli;

import io.github.cognitokit.admin.PoolFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The pool file a command reads, and the values of its {@code ${NAME}} placeholders. */
final class PoolFileOptions {
  @Parameters(index = "0", paramLabel = "FILE", description = "The pool file, YAML or JSON.")
  Path file;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "A value for $${NAME} in the file; the environment's variables are used too.")
  Map<String, String> vars = new LinkedHashMap<>();

  PoolFile read(CommandSpec spec) {
    return PoolFile.read(file, CognitoKit.variables(spec, vars));
  }
}
