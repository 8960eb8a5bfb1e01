package io.github.cognitokit.admin;

import io.github.cognitokit.admin.ProvisioningPlan.Action;
import io.github.cognitokit.admin.ProvisioningPlan.ActionType;
import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.Gateway;
import io.github.cognitokit.admin.internal.ProvisioningPlanner;
import io.github.cognitokit.admin.internal.ProvisioningPlanner.Existing;
import io.github.cognitokit.admin.internal.ProvisioningPlanner.Work;
import io.github.cognitokit.admin.internal.RateLimiter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * Syncs the users of a directory into a pool: creates new people, updates changed attributes only, converges group
 * membership, and disables or deletes users absent from the source if you say so (nothing is deleted by default).
 *
 * <pre>{@code
 * Provisioning sync = pool.provisioning()
 *     .users(UserRows.csv(reader))
 *     .absentUsers(Provisioning.AbsentUsers.DISABLE);
 * sync.dryRun(System.out);                       // the plan, field by field; writes nothing
 * ProvisioningReport report = sync.apply();      // created, updated, disabled, deleted, unchanged, failed
 * }</pre>
 *
 * <p>Calls are paced per Cognito quota category ({@link RateLimits}) by a few worker threads, and throttling is
 * retried with back-off while the rate of that category halves; a 10,000-user sync finishes without throttling
 * errors. A run is a diff against the pool, so a run that crashed or was interrupted half-way converges when it runs
 * again, without duplicates. Groups that rows name are managed: a user's membership in them converges to the row;
 * other groups are left alone, as are users whose rows were left out for errors.
 *
 * <p>The worker threads live only during {@link #apply()}. A provisioning object is not thread-safe; passwords never
 * reach the plan, the report or a log line.
 */
public final class Provisioning {
  private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);

  /** What happens to users of the pool that the source does not have. */
  public enum AbsentUsers {
    /** Leave them alone (the default). */
    KEEP,
    /** Disable them. */
    DISABLE,
    /** Delete them. */
    DELETE
  }

  private final CognitoAdmin admin;
  private final UserPool pool;
  private UserRows rows = UserRows.of(List.of());
  private AbsentUsers absent = AbsentUsers.KEEP;
  private String temporaryPassword;
  private boolean sendInvitations;
  private boolean markEmailVerified = true;
  private boolean syncPasswords;
  private int concurrency = 4;
  private RateLimits limits = RateLimits.defaults();
  private ProgressListener progress = ProgressListener.logging(Duration.ofSeconds(5));
  private String importLogsRole;
  private int importThreshold;
  private java.util.function.UnaryOperator<UserImport> importSettings = java.util.function.UnaryOperator.identity();

  Provisioning(CognitoAdmin admin, UserPool pool) {
    this.admin = admin;
    this.pool = pool;
  }

  /**
   * Sets the desired users.
   *
   * @param rows users read from CSV, JSON lines or code
   * @return this
   * @throws IllegalArgumentException if null
   */
  public Provisioning users(UserRows rows) {
    this.rows = Args.notNull(rows, "rows");
    return this;
  }

  /**
   * Sets the desired users from code.
   *
   * @param users the users
   * @return this
   * @throws IllegalArgumentException if null
   */
  public Provisioning users(Collection<DesiredUser> users) {
    return users(UserRows.of(users));
  }

  /**
   * Chooses what happens to users absent from the source. Default {@link AbsentUsers#KEEP}.
   *
   * @param policy the policy
   * @return this
   * @throws IllegalArgumentException if null
   */
  public Provisioning absentUsers(AbsentUsers policy) {
    this.absent = Args.notNull(policy, "absentUsers");
    return this;
  }

  /**
   * Creates new users with this temporary password. Default: Cognito generates one per user.
   *
   * @param password the temporary password
   * @return this
   * @throws IllegalArgumentException if blank
   */
  public Provisioning temporaryPassword(String password) {
    this.temporaryPassword = Args.text(password, "temporaryPassword");
    return this;
  }

  /**
   * Sends Cognito's invitation to new users. Default false (suppressed).
   *
   * @param send true to send
   * @return this
   */
  public Provisioning sendInvitations(boolean send) {
    this.sendInvitations = send;
    return this;
  }

  /**
   * Marks e-mail addresses from the source as verified. Default true.
   *
   * @param verified true to mark them verified
   * @return this
   */
  public Provisioning markEmailVerified(boolean verified) {
    this.markEmailVerified = verified;
    return this;
  }

  /**
   * Sets the password of every row that has one, as a permanent password. Default false.
   *
   * @param sync true to set passwords
   * @return this
   */
  public Provisioning syncPasswords(boolean sync) {
    this.syncPasswords = sync;
    return this;
  }

  /**
   * Sets how many users are processed at once. Default 4.
   *
   * @param threads 1 to 32
   * @return this
   * @throws IllegalArgumentException if out of range
   */
  public Provisioning concurrency(int threads) {
    if (threads < 1 || threads > 32) {
      throw new IllegalArgumentException("concurrency must be within 1..32, was " + threads);
    }
    this.concurrency = threads;
    return this;
  }

  /**
   * Sets the request rates. Default {@link RateLimits#defaults()}.
   *
   * @param limits the rates
   * @return this
   * @throws IllegalArgumentException if null
   */
  public Provisioning rateLimits(RateLimits limits) {
    this.limits = Args.notNull(limits, "rateLimits");
    return this;
  }

  /**
   * Sets the progress listener. Default: a log line every 5 seconds.
   *
   * @param listener the listener
   * @return this
   * @throws IllegalArgumentException if null
   */
  public Provisioning progress(ProgressListener listener) {
    this.progress = Args.notNull(listener, "progress");
    return this;
  }


  private final class Limiters {
    final RateLimiter creation = new RateLimiter("UserCreation", limits.userCreation());
    final RateLimiter update = new RateLimiter("UserUpdate", limits.userUpdate());
    final RateLimiter resource = new RateLimiter("UserResourceUpdate", limits.userResourceUpdate());
    final RateLimiter list = new RateLimiter("UserList", limits.userList());

    RateLimiter of(ActionType type) {
      return switch (type) {
        case CREATE -> creation;
        case ADD_TO_GROUP, REMOVE_FROM_GROUP, CREATE_GROUP -> resource;
        default -> update;
      };
    }
  }

  private final class Computed {
    final List<Action> groupActions = new ArrayList<>();
    final List<Work> work = new ArrayList<>();
    final List<UserRows.RowError> skipped = new ArrayList<>(rows.errors());
    long unchanged;
  }

  /**
   * Creates new users with one of Cognito's import jobs instead of one {@code AdminCreateUser} each when a run
   * creates at least {@code threshold} users (see {@link UserImport}); their other actions (groups, disabling) and
   * every update still go through the API. Imported users have no password: they reset it at first sign-in, so this
   * cannot be combined with {@link #temporaryPassword(String)}, {@link #sendInvitations(boolean)} or
   * {@link #syncPasswords(boolean)} (refused by {@link #apply()}). Off by default. A threshold of 5,000 suits most
   * pools: below it the API path (about 50 creates a second at the default rate) finishes within minutes, above it
   * the job is faster and spends none of the pool's request quota.
   *
   * @param cloudWatchLogsRoleArn the IAM role Cognito writes the job's logs with
   * @param threshold the least number of new users that uses a job, at least 1
   * @return this
   * @throws IllegalArgumentException if the ARN is not an IAM role's, or the threshold is below 1
   */
  public Provisioning bulkImport(String cloudWatchLogsRoleArn, int threshold) {
    Args.text(cloudWatchLogsRoleArn, "cloudWatchLogsRoleArn");
    if (!cloudWatchLogsRoleArn.startsWith("arn:") || !cloudWatchLogsRoleArn.contains(":role/")) {
      throw new IllegalArgumentException("cloudWatchLogsRoleArn must be an IAM role ARN, was '"
          + cloudWatchLogsRoleArn + "'");
    }
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
    }
    this.importLogsRole = cloudWatchLogsRoleArn;
    this.importThreshold = threshold;
    return this;
  }

  /** Adjusts the import job a bulk import runs (tests: a short poll interval, a loopback HTTP client). */
  Provisioning importSettings(java.util.function.UnaryOperator<UserImport> settings) {
    this.importSettings = settings;
    return this;
  }

  /**
   * Computes what {@link #apply()} would do, without writing.
   *
   * @return the plan
   * @throws CognitoAdminException if the pool cannot be read
   */
  public ProvisioningPlan plan() {
    Computed c = compute(new Limiters());
    List<Action> all = new ArrayList<>(c.groupActions);
    c.work.forEach(w -> all.addAll(w.actions()));
    return new ProvisioningPlan(all, c.skipped, c.unchanged);
  }

  /**
   * Prints the plan and returns it; writes nothing.
   *
   * @param out where to print
   * @return the plan
   * @throws CognitoAdminException if the pool cannot be read
   */
  public ProvisioningPlan dryRun(PrintStream out) {
    Args.notNull(out, "out");
    ProvisioningPlan plan = plan();
    out.println("Dry run for " + pool.name() + ":");
    plan.print(out);
    return plan;
  }

  private Computed compute(Limiters limiters) {
    Computed c = new Computed();
    String poolId = pool.id();
    UserPoolType described = admin.gateway().describeUserPool("user pool " + pool.name(), poolId);
    String key = described.usernameAttributesAsStrings().isEmpty() ? null
        : described.usernameAttributesAsStrings().contains("email") ? "email" : "phone_number";
    Set<String> custom = new HashSet<>();
    for (SchemaAttributeType a : described.schemaAttributes()) {
      if (a.name().startsWith("custom:")) {
        custom.add(a.name());
      }
    }
    List<DesiredUser> desired = new ArrayList<>();
    Set<String> skippedNames = new HashSet<>();
    c.skipped.forEach(e -> {
      if (e.username() != null) {
        skippedNames.add(e.username());
      }
    });
    for (DesiredUser u : rows.users()) {
      String unknown = u.attributes().keySet().stream().filter(n -> n.startsWith("custom:") && !custom.contains(n))
          .findFirst().orElse(null);
      if (unknown != null) {
        c.skipped.add(new UserRows.RowError(u.line(), u.username(), "unknown custom attribute " + unknown));
        skippedNames.add(u.username());
      } else {
        desired.add(u);
      }
    }
    c.skipped.sort(java.util.Comparator.comparingInt(UserRows.RowError::line));
    Map<String, Existing> existing = listUsers(poolId, key, limiters.list);
    Set<String> managed = ProvisioningPlanner.managedGroups(desired);
    Set<String> existingGroups = new HashSet<>();
    if (!managed.isEmpty()) { // a source that names no group needs no group read (nor the permission for it)
      existingGroups.addAll(admin.gateway().listGroups("groups of " + pool.name(), poolId));
    }
    Map<String, Set<String>> membership = new HashMap<>();
    for (String g : managed) {
      if (!existingGroups.contains(g)) {
        continue;                                      // a new group has no members yet
      }
      String token = null;
      do {
        acquire(limiters.list);
        ListUsersInGroupResponse page = admin.gateway().onThrottle(limiters.list::throttled)
            .listUsersInGroup("group " + g, poolId, g, token);
        page.users().forEach(u -> membership.computeIfAbsent(u.username(), k -> new HashSet<>()).add(g));
        token = page.nextToken();
      } while (token != null && !token.isEmpty());
    }
    ProvisioningPlanner.Planned planned = ProvisioningPlanner.plan(desired, skippedNames,
        new ProvisioningPlanner.Observed(existing, existingGroups, membership),
        new ProvisioningPlanner.Settings(markEmailVerified, syncPasswords, ProvisioningPlanner.Absent.valueOf(
            absent.name())));
    c.groupActions.addAll(planned.groupActions());
    c.work.addAll(planned.work());
    c.unchanged = planned.unchanged();
    return c;
  }

  private Map<String, Existing> listUsers(String poolId, String key, RateLimiter limiter) {
    Map<String, Existing> users = new LinkedHashMap<>();
    String token = null;
    do {
      acquire(limiter);
      ListUsersResponse page = admin.gateway().onThrottle(limiter::throttled).listUsers("users of " + pool.name(),
          poolId, null, token);
      for (UserType u : page.users()) {
        Map<String, String> attrs = new HashMap<>();
        u.attributes().forEach(a -> attrs.put(a.name(), a.value()));
        String k = key == null ? u.username() : attrs.getOrDefault(key, u.username());
        users.put(k, new Existing(u.username(), attrs, u.enabled() == null || u.enabled()));
      }
      token = page.paginationToken();
    } while (token != null && !token.isEmpty());
    return users;
  }

  private static void acquire(RateLimiter limiter) {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedRun();
    }
  }

  /** Unwinds a worker when the run is interrupted. */
  private static final class InterruptedRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InterruptedRun() {
      super("interrupted", null, false, false);
    }
  }

  /**
   * Computes the plan and carries it out.
   *
   * @return what was done; {@link ProvisioningReport#interrupted()} if the calling thread was interrupted (its
   *     interrupt flag is then set again)
   * @throws CognitoAdminException if the pool cannot be read to compute the plan
   */
  public ProvisioningReport apply() {
    long start = System.nanoTime();
    Limiters limiters = new Limiters();
    Computed c;
    try {
      c = compute(limiters);
    } catch (InterruptedRun e) {
      return new ProvisioningReport(0, 0, 0, 0, 0, List.of(), rows.errors(), true,
          Duration.ofNanos(System.nanoTime() - start));
    }
    String poolId = pool.id();
    AtomicLong created = new AtomicLong();
    List<ProvisioningReport.Failure> failures = new CopyOnWriteArrayList<>();
    if (importLogsRole != null) {
      bulkCreate(c, created, failures);
    }
    for (Action a : c.groupActions) {
      acquire(limiters.resource);
      admin.gateway().onThrottle(limiters.resource::throttled).createGroup("group " + a.username(), poolId,
          a.username(), null, null, null);
    }
    AtomicLong updated = new AtomicLong();
    AtomicLong disabled = new AtomicLong();
    AtomicLong deleted = new AtomicLong();
    AtomicLong done = new AtomicLong();
    long total = c.work.size();
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "cognito-provisioning-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    boolean interrupted = false;
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Work w : c.work) {
        futures.add(workers.submit(() -> {
          if (Thread.currentThread().isInterrupted()) {
            return;
          }
          try {
            run(w, poolId, limiters, failures, created, updated, disabled, deleted);
          } catch (InterruptedRun e) {
            return;
          }
          progress(done.incrementAndGet(), total);
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          LOG.warn("A provisioning task failed unexpectedly: {}", e.getCause().toString());
        }
      }
    } catch (InterruptedException e) {
      interrupted = true;
      workers.shutdownNow();
    } finally {
      workers.shutdownNow();
      try {
        if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
          LOG.warn("Provisioning workers did not stop within 60 s");
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    ProvisioningReport report = new ProvisioningReport(created.get(), updated.get(), disabled.get(), deleted.get(),
        c.unchanged, failures, c.skipped, interrupted, Duration.ofNanos(System.nanoTime() - start));
    LOG.info("Provisioning of {}: {}", pool.name(), report);
    return report;
  }

  /**
   * Creates the run's new users with an import job when there are enough of them: their work keeps only its other
   * actions, counted neither as created (the job counts) nor as updated.
   */
  private void bulkCreate(Computed c, AtomicLong created, List<ProvisioningReport.Failure> failures) {
    List<Work> creates = c.work.stream().filter(w -> !w.actions().isEmpty()
        && w.actions().get(0).type() == ActionType.CREATE).toList();
    if (creates.size() < importThreshold) {
      return;
    }
    if (temporaryPassword != null || sendInvitations || syncPasswords) {
      throw new IllegalArgumentException("bulkImport creates users without a password or an invitation: it cannot"
          + " be combined with temporaryPassword, sendInvitations or syncPasswords");
    }
    List<DesiredUser> users = new ArrayList<>();
    for (Work w : creates) {
      DesiredUser.Builder b = DesiredUser.builder(w.username());
      allAttributes(w.desired()).forEach(b::attribute);
      users.add(b.build());
    }
    LOG.info("Provisioning of {}: {} new users through an import job", pool.name(), users.size());
    UserImport.Report r = importSettings.apply(new UserImport(admin, pool, users, importLogsRole)).run();
    created.addAndGet(r.imported());
    if (!r.succeeded() || r.failed() > 0) {
      failures.add(new ProvisioningReport.Failure("(import job " + r.jobId() + ")", ActionType.CREATE, r.status()
          + ": " + r.failed() + " users failed, " + r.skipped() + " skipped"
          + (r.completionMessage() == null ? "" : " (" + r.completionMessage() + ")")
          + "; their details are in the job's CloudWatch logs"));
    }
    List<Work> rest = new ArrayList<>();
    for (Work w : c.work) {
      if (creates.contains(w)) {
        List<Action> after = w.actions().subList(1, w.actions().size());
        if (!after.isEmpty()) {
          rest.add(new Work(w.username(), List.copyOf(after), w.desired(), false, Map.of(), true));
        }
      } else {
        rest.add(w);
      }
    }
    c.work.clear();
    c.work.addAll(rest);
  }

  private void progress(long done, long total) {
    try {
      progress.progress(done, total);
    } catch (RuntimeException e) {
      LOG.debug("A progress listener threw; ignored", e);
    }
  }

  private void run(Work w, String poolId, Limiters limiters, List<ProvisioningReport.Failure> failures,
      AtomicLong created, AtomicLong updated, AtomicLong disabled, AtomicLong deleted) {
    boolean wasCreated = false;
    for (Action a : w.actions()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedRun();
      }
      RateLimiter limiter = limiters.of(a.type());
      acquire(limiter);
      try {
        execute(a, w, poolId, limiter);
        limiter.succeeded();
        if (a.type() == ActionType.CREATE) {
          wasCreated = true;
        }
      } catch (CognitoAdminException e) {
        if (a.type() == ActionType.CREATE && e.reason() == CognitoAdminException.Reason.ALREADY_EXISTS) {
          // Created by an earlier, interrupted run: converge its attributes instead.
          execute(new Action(ActionType.UPDATE_ATTRIBUTES, w.username(), "resumed"), new Work(w.username(), w.actions(),
              w.desired(), false, allAttributes(w.desired()), false), poolId, limiters.update);
          continue;
        }
        LOG.debug("Provisioning {} failed at {}: {}", w.username(), a.type(), e.getMessage());
        failures.add(new ProvisioningReport.Failure(w.username(), a.type(), e.getMessage()));
        return;
      }
    }
    if (w.absent()) {
      if (w.actions().get(0).type() == ActionType.DELETE) {
        deleted.incrementAndGet();
      } else {
        disabled.incrementAndGet();
      }
    } else if (wasCreated) {
      created.incrementAndGet();
    } else if (!w.imported()) {
      updated.incrementAndGet();
    }
  }

  private void execute(Action a, Work w, String poolId, RateLimiter limiter) {
    String u = w.username();
    String resource = "user " + u + " in " + pool.name();
    Gateway gateway = admin.gateway().onThrottle(limiter::throttled);
    switch (a.type()) {
      case CREATE -> gateway.adminCreateUser(resource, AdminCreateUserRequest.builder().userPoolId(poolId).username(u)
          .userAttributes(attributes(w.desired())).temporaryPassword(temporaryPassword)
          .messageAction(sendInvitations ? null : "SUPPRESS").build());
      case UPDATE_ATTRIBUTES -> gateway.adminUpdateUserAttributes(resource, poolId, u, toAttributes(w.changed()));
      case ENABLE -> gateway.adminSetEnabled(resource, poolId, u, true);
      case DISABLE -> gateway.adminSetEnabled(resource, poolId, u, false);
      case DELETE -> gateway.adminDeleteUser(resource, poolId, u);
      case ADD_TO_GROUP -> gateway.adminAddUserToGroup(resource, poolId, a.detail(), u);
      case REMOVE_FROM_GROUP -> gateway.adminRemoveUserFromGroup(resource, poolId, a.detail(), u);
      case SET_PASSWORD -> gateway.adminSetUserPassword(resource, poolId, u, w.desired().password().orElseThrow(),
          true);
      default -> throw new IllegalStateException("unexpected action " + a.type());
    }
  }

  private Map<String, String> allAttributes(DesiredUser u) {
    Map<String, String> all = new LinkedHashMap<>(u.attributes());
    if (markEmailVerified && all.containsKey("email") && !all.containsKey("email_verified")) {
      all.put("email_verified", "true");
    }
    return all;
  }

  private List<AttributeType> attributes(DesiredUser u) {
    return toAttributes(allAttributes(u));
  }

  private static List<AttributeType> toAttributes(Map<String, String> values) {
    List<AttributeType> list = new ArrayList<>();
    values.forEach((k, v) -> list.add(AttributeType.builder().name(k).value(v).build()));
    return list;
  }

  @Override
  public String toString() {
    return "Provisioning{" + pool.name() + ", " + rows + ", absent=" + absent + "}";
  }
}
