package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.Gateway;
import io.github.cognitokit.admin.internal.ImportCsv;
import io.github.cognitokit.admin.internal.Poll;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobType;

/**
 * A bulk load of new users through Cognito's own import engine: {@code GetCSVHeader}, {@code CreateUserImportJob},
 * the CSV uploaded to the job's pre-signed URL, {@code StartUserImportJob}, then {@code DescribeUserImportJob}
 * until the job ends. Far faster than one {@code AdminCreateUser} per user for large loads (Cognito imports up to
 * 500,000 users per job), but imported users have no password (they reset it at first sign-in), no groups and no
 * disabled state: use {@link Provisioning} for those and for updates. Get one from {@link UserPool#importUsers}.
 *
 * <pre>{@code
 * UserImport.Report r = pool.importUsers(users, "arn:aws:iam::123456789012:role/CognitoImportLogs")
 *     .progress(ProgressListener.logging(Duration.ofSeconds(30)))
 *     .run();
 * System.out.println(r.imported() + " imported, " + r.failed() + " failed: " + r.completionMessage());
 * }</pre>
 */
public final class UserImport {
  private static final Set<String> ENDED = Set.of("Succeeded", "Failed", "Stopped", "Expired");

  private final CognitoAdmin admin;
  private final UserPool pool;
  private final List<DesiredUser> users;
  private final String logsRoleArn;
  private ProgressListener progress = ProgressListener.NONE;
  private Duration every = Duration.ofSeconds(10);
  private Duration timeout = Duration.ofHours(2);
  private HttpClient http;

  UserImport(CognitoAdmin admin, UserPool pool, List<DesiredUser> users, String logsRoleArn) {
    this.admin = admin;
    this.pool = pool;
    this.users = List.copyOf(Args.notNull(users, "users"));
    Args.text(logsRoleArn, "cloudWatchLogsRoleArn");
    if (!logsRoleArn.startsWith("arn:") || !logsRoleArn.contains(":iam::") || !logsRoleArn.contains(":role/")) {
      throw new IllegalArgumentException("cloudWatchLogsRoleArn must be an IAM role ARN, was '" + logsRoleArn + "'");
    }
    this.logsRoleArn = logsRoleArn;
  }

  /**
   * What the job did.
   *
   * @param jobId the job id
   * @param jobName the job name
   * @param status {@code Succeeded}, {@code Failed}, {@code Stopped} or {@code Expired}
   * @param imported users imported
   * @param skipped users skipped (they exist already)
   * @param failed users that failed (see the job's CloudWatch logs, written with the role given)
   * @param completionMessage Cognito's message
   */
  public record Report(String jobId, String jobName, String status, long imported, long skipped, long failed,
      String completionMessage) {
    /**
     * Tells whether the job succeeded.
     *
     * @return true for {@code Succeeded}
     */
    public boolean succeeded() {
      return "Succeeded".equals(status);
    }
  }

  /**
   * Hears the job's progress: users imported, skipped or failed so far, of all.
   *
   * @param listener the listener
   * @return this import
   * @throws IllegalArgumentException if it is null
   */
  public UserImport progress(ProgressListener listener) {
    this.progress = Args.notNull(listener, "progress");
    return this;
  }

  /**
   * How long to wait for the job to end (default 2 hours), and how often to read its status (default 10 s).
   *
   * @param timeout the longest wait, 1 second to 24 hours
   * @param pollEvery the interval, 1 ms to 1 minute
   * @return this import
   * @throws IllegalArgumentException if one is out of range
   */
  public UserImport waitUpTo(Duration timeout, Duration pollEvery) {
    Args.notNull(timeout, "timeout");
    Args.notNull(pollEvery, "pollEvery");
    if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofHours(24)) > 0
        || pollEvery.toMillis() < 1 || pollEvery.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("timeout must be within 1 s..24 h and pollEvery within 1 ms..1 min, was "
          + timeout + " and " + pollEvery);
    }
    this.timeout = timeout;
    this.every = pollEvery;
    return this;
  }

  /**
   * Uploads with this HTTP client instead of a default one (a proxy, for example).
   *
   * @param client the client
   * @return this import
   * @throws IllegalArgumentException if it is null
   */
  public UserImport httpClient(HttpClient client) {
    this.http = Args.notNull(client, "httpClient");
    return this;
  }

  /**
   * Runs the import: checks every user against the pool's import columns before anything is created, then creates,
   * uploads, starts and follows the job.
   *
   * @return the report (a job that ended other than {@code Succeeded} is reported, not thrown)
   * @throws IllegalArgumentException if a user cannot be imported (a password, groups, the enabled state, an
   *     attribute the pool has no column for), before any job is created
   * @throws CognitoAdminException if Cognito refuses, the upload fails (INVALID, naming the HTTP status), or the
   *     job is still running at the timeout (UNAVAILABLE, naming the job id: it goes on; stop it with
   *     {@link UserPool#stopImport(String)})
   */
  public Report run() {
    if (users.isEmpty()) {
      throw new IllegalArgumentException("an import needs at least one user");
    }
    Gateway gateway = admin.gateway();
    String resource = "user import into " + pool.name();
    String csv = ImportCsv.write(gateway.getCsvHeader(resource, pool.id()), users);
    String jobName = "cognito-kit-" + UUID.randomUUID();
    UserImportJobType job = gateway.createUserImportJob(resource, pool.id(), jobName, logsRoleArn);
    upload(resource, job.preSignedUrl(), csv);
    gateway.startUserImportJob(resource, pool.id(), job.jobId());
    UserImportJobType end = Poll.until(() -> {
      UserImportJobType now = gateway.describeUserImportJob(resource, pool.id(), job.jobId());
      long done = count(now.importedUsers()) + count(now.skippedUsers()) + count(now.failedUsers());
      progress.progress(Math.min(done, users.size()), users.size());
      return now;
    }, now -> ENDED.contains(now.statusAsString()), timeout, every, "DescribeUserImportJob", resource,
        now -> "import job " + job.jobId() + " is still " + now.statusAsString() + " (it goes on; stop it with"
            + " stopImport)");
    return new Report(end.jobId(), jobName, end.statusAsString(), count(end.importedUsers()),
        count(end.skippedUsers()), count(end.failedUsers()), end.completionMessage());
  }

  private static long count(Long n) {
    return n == null ? 0 : n;
  }

  private void upload(String resource, String url, String csv) {
    HttpClient client = http != null ? http : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .build();
    // As the Cognito developer guide's upload example: a PUT of the file with server-side encryption asked for.
    HttpRequest put = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
        .header("x-amz-server-side-encryption", "aws:kms").header("Content-Type", "text/csv")
        .PUT(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
    int status;
    try {
      status = client.send(put, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new CognitoAdminException(CognitoAdminException.Reason.UNAVAILABLE, "upload", resource, "uploading the"
          + " import file failed: " + e.getClass().getSimpleName(), null, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CognitoAdminException(CognitoAdminException.Reason.OTHER, "upload", resource, "interrupted while"
          + " uploading the import file", null, null, e);
    }
    if (status / 100 != 2) {
      throw new CognitoAdminException(CognitoAdminException.Reason.INVALID, "upload", resource, "the pre-signed"
          + " upload URL answered HTTP " + status, null, null, null);
    }
  }

  @Override
  public String toString() {
    return "UserImport{" + pool.name() + ", " + users.size() + " users}";
  }
}
