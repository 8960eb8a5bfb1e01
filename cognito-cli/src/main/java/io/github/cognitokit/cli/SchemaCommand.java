package io.github.cognitokit.cli;

import io.github.cognitokit.admin.PoolFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cognito-kit schema}: prints the pool file's JSON Schema, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the pool file's JSON Schema (for editors: cognito-kit schema > cognito-pool.schema.json).")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (InputStream in = PoolFile.class.getResourceAsStream("cognito-pool.schema.json")) {
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema", e);
    }
    return CognitoKit.OK;
  }
}
