package io.github.cognitokit.cli;

import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.PoolFileException;
import io.github.cognitokit.tokens.TokenVerificationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code cognito-kit}, the command line of Cognito Kit: plan, apply, prune and export pool files, sync users from
 * CSV, verify tokens. Run {@code java -jar cognito-kit.jar --help}.
 *
 * <p>Exit codes, which scripts can rely on: {@value #OK} done (for {@code plan --detailed-exitcode}: no change);
 * {@value #FAILED} Cognito refused or could not be reached, or a user failed to sync; {@value #USAGE} wrong options;
 * {@value #BAD_INPUT} a pool file, CSV or other input has an error (the message names its line);
 * {@value #REJECTED} {@code token verify} refused the token; {@value #CHANGES} {@code plan --detailed-exitcode}
 * found changes.
 */
@Command(name = "cognito-kit", mixinStandardHelpOptions = true, versionProvider = CognitoKit.Version.class,
    description = "Set up Amazon Cognito user pools from files, sync users, and verify tokens.",
    subcommands = {PlanCommand.class, ApplyCommand.class, PruneCommand.class, ExportCommand.class,
        UsersCommand.class, TokenCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (plan --detailed-exitcode: no change)",
        "1:Cognito refused or could not be reached, or a user failed to sync", "2:wrong options",
        "3:a pool file, CSV or other input has an error", "4:token verify refused the token",
        "5:plan --detailed-exitcode found changes"},
    footer = {"%nCredentials and region come from the AWS SDK's default chains (environment, profiles, SSO,"
        + " instance roles) unless --profile, --region or --endpoint-url say otherwise."})
public final class CognitoKit implements Runnable {
  /** Done; for {@code plan --detailed-exitcode}, no change. */
  public static final int OK = 0;
  /** Cognito refused or could not be reached, or a user failed to sync. */
  public static final int FAILED = 1;
  /** Wrong options. */
  public static final int USAGE = 2;
  /** A pool file, CSV or other input has an error. */
  public static final int BAD_INPUT = 3;
  /** {@code token verify} refused the token. */
  public static final int REJECTED = 4;
  /** {@code plan --detailed-exitcode} found changes. */
  public static final int CHANGES = 5;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  private CognitoKit(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * Runs the CLI and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // The library logs through SLF4J to java.util.logging here: warnings only, one line each, on stderr.
    System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the CLI without exiting: for tests and for embedding.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where progress, warnings and errors go
   * @param environment the environment, for {@code ${NAME}} placeholders of pool files
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    CommandLine cli = new CommandLine(new CognitoKit(environment));
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println("cognito-kit: " + message(e));
      return exitCode(e);
    });
    return cli.execute(args);
  }

  /**
   * The variables of a run: the environment, then each {@code --var NAME=VALUE} given.
   *
   * @param spec any command of the run
   * @param vars the {@code --var} values
   * @return the variables
   */
  static Map<String, String> variables(CommandLine.Model.CommandSpec spec, Map<String, String> vars) {
    Map<String, String> all = new java.util.HashMap<>(((CognitoKit) spec.root().userObject()).environment);
    all.putAll(vars);
    return all;
  }

  static String message(Exception e) {
    if (e instanceof PoolFileException || e instanceof CognitoAdminException) {
      return e.getMessage();
    }
    if (e instanceof TokenVerificationException t) {
      return "token refused (" + t.reason() + "): " + t.getMessage();
    }
    if (e instanceof UncheckedIOException u) {
      return u.getMessage() + ": " + u.getCause().getMessage();
    }
    if (e instanceof SdkException s) {
      String m = s.getMessage() == null ? s.getClass().getSimpleName() : s.getMessage();
      return m.contains("region") ? m + " (pass --region, or set AWS_REGION)" : m;
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  static int exitCode(Exception e) {
    if (e instanceof PoolFileException || e instanceof UncheckedIOException || e instanceof InputException) {
      return BAD_INPUT;
    }
    if (e instanceof TokenVerificationException) {
      return REJECTED;
    }
    if (e instanceof IllegalArgumentException && !(e instanceof CognitoAdminException)) {
      return BAD_INPUT;
    }
    return FAILED;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command (plan, apply, prune, export,"
        + " users sync, token verify, schema); see --help");
  }

  /** The version, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CognitoKit.class.getPackage().getImplementationVersion();
      return new String[] {"cognito-kit " + (v == null ? "(development build)" : v)};
    }
  }

  /** Bad input that is not a pool file: a CSV with errors, a token file that cannot be read. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
