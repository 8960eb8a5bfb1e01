package io.github.cognitokit.cli;

import io.github.cognitokit.admin.CognitoAdmin;
import io.github.cognitokit.admin.CognitoAdminException;
import io.github.cognitokit.admin.Provisioning;
import io.github.cognitokit.admin.ProvisioningPlan;
import io.github.cognitokit.admin.ProvisioningReport;
import io.github.cognitokit.admin.UserPool;
import io.github.cognitokit.admin.UserRows;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cognito-kit users sync}: the provisioning sync from a CSV or JSON-lines file. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"Sync a directory's people into a pool: create new users, update changed attributes, converge"
        + " group membership, and (if asked) disable or delete users the file lacks.",
        "Rows with errors are reported and left out; the rest is synced. Progress goes to stderr."})
final class UsersSyncCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  AwsOptions aws;

  @Option(names = "--pool", required = true, paramLabel = "NAME", description = "The user pool's name.")
  String pool;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the people come from. */
  static final class Source {
    @Option(names = "--csv", paramLabel = "FILE",
        description = "A CSV file with a header row: username, attributes, groups, enabled, password.")
    Path csv;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "A JSON-lines file, one user per line.")
    Path jsonl;
  }

  @Option(names = "--absent", paramLabel = "KEEP|DISABLE|DELETE", defaultValue = "KEEP",
      description = "What happens to users of the pool the file lacks (default: ${DEFAULT-VALUE}).")
  Provisioning.AbsentUsers absent;

  @Option(names = "--dry-run", description = "Only print the plan.")
  boolean dryRun;

  @Option(names = "--send-invitations", description = "Send Cognito's invitation to new users.")
  boolean invitations;

  @Option(names = "--temporary-password-env", paramLabel = "VAR",
      description = "Give new users the temporary password held by this environment variable.")
  String temporaryPasswordVariable;

  @Option(names = "--sync-passwords", description = "Set rows' passwords as permanent passwords.")
  boolean syncPasswords;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Override
  public Integer call() {
    UserRows rows = rows();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    rows.errors().forEach(e -> err.println("skipped: " + e));
    try (CognitoAdmin admin = aws.admin()) {
      UserPool p = admin.findUserPool(pool).orElseThrow(() -> new CognitoAdminException(
          CognitoAdminException.Reason.NOT_FOUND, "ListUserPools", "user pool " + pool, "no user pool has this name",
          null, null, null));
      Provisioning sync = p.provisioning().users(rows).absentUsers(absent).sendInvitations(invitations)
          .syncPasswords(syncPasswords).concurrency(concurrency).progress(progress(err));
      if (temporaryPasswordVariable != null) {
        String password = CognitoKit.variables(spec, java.util.Map.of()).get(temporaryPasswordVariable);
        if (password == null) {
          throw new CognitoKit.InputException("the variable " + temporaryPasswordVariable + " is not set");
        }
        sync.temporaryPassword(password);
      }
      ProvisioningPlan plan = sync.plan();
      plan.actions().forEach(a -> out.println(a));
      out.println("Plan: " + plan.counts() + ", " + plan.unchanged() + " unchanged.");
      if (dryRun || plan.isEmpty()) {
        out.flush();
        return rows.errors().isEmpty() ? CognitoKit.OK : CognitoKit.BAD_INPUT;
      }
      ProvisioningReport report = sync.apply();
      report.failures().forEach(f -> err.println("failed: " + f.username() + " (" + f.action() + "): " + f.reason()));
      out.println("Sync: " + report);
      out.flush();
      if (!report.failures().isEmpty() || report.interrupted()) {
        return CognitoKit.FAILED;
      }
      return rows.errors().isEmpty() ? CognitoKit.OK : CognitoKit.BAD_INPUT;
    }
  }

  private UserRows rows() {
    Path file = source.csv != null ? source.csv : source.jsonl;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return source.csv != null ? UserRows.csv(reader) : UserRows.jsonLines(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Prints "users: done of total" to stderr at most once a second, and at the end. */
  private static io.github.cognitokit.admin.ProgressListener progress(PrintWriter err) {
    long[] last = {0};
    return (done, total) -> {
      long now = System.nanoTime();
      if (done == total || now - last[0] > 1_000_000_000L) {
        last[0] = now;
        synchronized (err) {
          err.println("users: " + done + " of " + total);
          err.flush();
        }
      }
    };
  }
}
