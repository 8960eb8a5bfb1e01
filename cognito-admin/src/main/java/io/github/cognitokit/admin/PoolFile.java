package io.github.cognitokit.admin;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.admin.ChangeReport.FieldChange;
import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.ClientDesired;
import io.github.cognitokit.admin.internal.FileNode;
import io.github.cognitokit.admin.internal.Gateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;

/**
 * A whole user pool in one YAML or JSON file: its settings, domain, resource servers, identity providers, app
 * clients (with their managed login branding), groups and, optionally, users. {@link #plan} says what would change,
 * {@link #apply} converges the pool to the file (twice in a row, the second run writes nothing), {@link #prune}
 * removes the clients, groups, resource servers and identity providers the file no longer names, and
 * {@link #export} writes the file of an existing pool, so that {@code export} then {@code plan} shows no change.
 *
 * <pre>{@code
 * PoolFile file = PoolFile.read(Path.of("pools/modelop.yaml"));   // every key and value checked here
 * for (ChangeReport r : file.plan(admin)) {
 *   System.out.println(r);
 * }
 * file.apply(admin);
 * String yaml = PoolFile.export(admin, "modelop");
 * }</pre>
 *
 * <p>The keys are those of the admin API's specs (README "Describe a pool in a file"; the JSON Schema for editors
 * is the resource {@code io/github/cognitokit/admin/cognito-pool.schema.json}, which {@code cognito-kit schema}
 * prints).
 * As with the specs, a setting the file leaves out keeps what the pool has. An unknown key, a value of the wrong
 * type or a value Cognito would refuse is a {@link PoolFileException} naming its line and column, raised when the
 * file is read, before any call. Secrets are written as {@code ${NAME}} and taken from the environment (or the
 * variables you pass); {@code export} writes such placeholders instead of secrets.
 *
 * <p>Immutable and thread-safe.
 */
public final class PoolFile {
  private static final String PLACEHOLDER_POOL_ID = "us-east-1_PoolFileCheck";

  private final FileNode root;
  private final String source;
  private final Path baseDir;
  private final String poolName;

  private PoolFile(FileNode root, String source, Path baseDir) {
    this.root = root;
    this.source = source;
    this.baseDir = baseDir;
    PoolFileBinder binder = new PoolFileBinder(root, baseDir);
    this.poolName = binder.poolName();
    check(binder);
  }

  /**
   * Reads a pool file; {@code ${NAME}} placeholders take environment variables. Relative file names in it (SAML
   * metadata, CSS, logos, branding) are resolved against the file's directory.
   *
   * @param file the file, YAML or JSON
   * @return the pool file, checked
   * @throws PoolFileException if it has an error, with its line and column
   * @throws UncheckedIOException if it cannot be read
   */
  public static PoolFile read(Path file) {
    return read(file, System.getenv());
  }

  /**
   * Reads a pool file with the values of its {@code ${NAME}} placeholders.
   *
   * @param file the file, YAML or JSON
   * @param variables placeholder values
   * @return the pool file, checked
   * @throws PoolFileException if it has an error, with its line and column
   * @throws UncheckedIOException if it cannot be read
   */
  public static PoolFile read(Path file, Map<String, String> variables) {
    Args.notNull(file, "file");
    Args.notNull(variables, "variables");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pool file " + file, e);
    }
    Path dir = file.toAbsolutePath().getParent();
    return new PoolFile(FileNode.parse(text, file.toString(), lookup(variables)), file.toString(), dir);
  }

  /**
   * Parses a pool file's text; {@code ${NAME}} placeholders take the variables given. Relative file names in it are
   * errors (there is no directory to resolve them against).
   *
   * @param text the YAML or JSON text
   * @param source the name to use in messages, for example {@code pool.yaml}
   * @param variables placeholder values
   * @return the pool file, checked
   * @throws PoolFileException if it has an error, with its line and column
   */
  public static PoolFile parse(String text, String source, Map<String, String> variables) {
    Args.notNull(text, "text");
    Args.text(source, "source");
    Args.notNull(variables, "variables");
    return new PoolFile(FileNode.parse(text, source, lookup(variables)), source, null);
  }

  private static Function<String, String> lookup(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return copy::get;
  }

  /**
   * Returns the name of the pool the file describes.
   *
   * @return the pool name
   */
  public String poolName() {
    return poolName;
  }

  /**
   * Returns the file's name, as given when it was read.
   *
   * @return the name
   */
  public String source() {
    return source;
  }

  /**
   * Computes what {@link #apply} would do, resource by resource, without writing. For a pool that does not exist
   * yet, its resources are reported as created without their fields (they cannot be compared with anything).
   *
   * @param admin the admin to read the pool through
   * @return one report per resource, in the order apply would converge them
   * @throws CognitoAdminException if Cognito cannot be read, or an immutable setting differs
   * @throws PoolFileException if a setting conflicts with the pool (an app client naming a scope neither the file
   *     nor the pool has)
   */
  public List<ChangeReport> plan(CognitoAdmin admin) {
    Args.notNull(admin, "admin");
    PoolFileBinder binder = new PoolFileBinder(root, baseDir);
    List<ChangeReport> reports = new ArrayList<>();
    ChangeReport pool = binder.pool(admin).plan();
    reports.add(pool);
    if (pool.change() == Change.CREATED) {
      UserPool placeholder = new UserPool(admin, PLACEHOLDER_POOL_ID, poolName, null);
      PoolFileBinder.Children c = binder.children(admin, placeholder);
      for (String resource : resources(c)) {
        reports.add(new ChangeReport(resource, Change.CREATED, List.of()));
      }
      return reports;
    }
    UserPool handle = admin.findUserPool(poolName).orElseThrow(() -> new CognitoAdminException(
        CognitoAdminException.Reason.NOT_FOUND, "ListUserPools", "user pool " + poolName,
        "the pool was deleted while it was being planned", null, null, null));
    PoolFileBinder.Children c = binder.children(admin, handle);
    if (c.domain() != null) {
      reports.add(c.domain().plan());
    }
    Set<String> planned = new HashSet<>();
    for (ResourceServerSpec rs : c.servers()) {
      reports.add(rs.plan());
      rs.freeze().scopes().keySet().forEach(s -> planned.add(rs.freeze().identifier() + "/" + s));
    }
    for (IdentityProviderSpec p : c.providers()) {
      reports.add(p.plan());
      planned.add(p.freeze().name());
    }
    Gateway gateway = admin.gateway();
    for (PoolFileBinder.ClientEntry e : c.clients()) {
      ChangeReport client = e.spec().plan(planned);
      reports.add(client);
      if (e.branding() != null) {
        String resource = "managed login branding of app client " + e.name() + " in " + poolName;
        String clientId = gateway.findClientId(client.resource(), handle.id(), e.name()).orElse(null);
        reports.add(clientId == null ? new ChangeReport(resource, Change.CREATED, List.of())
            : binder.branding(handle, new AppClient(admin, handle, clientId, e.name(), client), e.branding())
                .plan());
      }
    }
    for (GroupSpec g : c.groups()) {
      reports.add(g.plan());
    }
    if (c.usersNode() != null) {
      reports.addAll(userReports(provisioning(handle, c).plan(), c.users()));
    }
    return reports;
  }

  /**
   * Converges the pool to the file: the pool, its domain, resource servers, identity providers, app clients and
   * their branding, groups, then users. Running it again writes nothing; after a failure it can simply be run
   * again.
   *
   * @param admin the admin to write through
   * @return one report per resource
   * @throws CognitoAdminException if Cognito refuses a change (the resources before it are converged)
   */
  public List<ChangeReport> apply(CognitoAdmin admin) {
    return apply(admin, r -> { });
  }

  /**
   * Converges the pool to the file, telling a listener after each resource.
   *
   * @param admin the admin to write through
   * @param progress called with each resource's report as soon as it is converged
   * @return one report per resource
   * @throws CognitoAdminException if Cognito refuses a change (the resources before it are converged)
   */
  public List<ChangeReport> apply(CognitoAdmin admin, Consumer<ChangeReport> progress) {
    Args.notNull(admin, "admin");
    Args.notNull(progress, "progress");
    PoolFileBinder binder = new PoolFileBinder(root, baseDir);
    List<ChangeReport> reports = new ArrayList<>();
    Consumer<ChangeReport> add = r -> {
      reports.add(r);
      progress.accept(r);
    };
    UserPool pool = binder.pool(admin).ensure();
    add.accept(pool.report());
    PoolFileBinder.Children c = binder.children(admin, pool);
    if (c.domain() != null) {
      add.accept(c.domain().ensure().report());
    }
    c.servers().forEach(rs -> add.accept(rs.ensure().report()));
    c.providers().forEach(p -> add.accept(p.ensure().report()));
    for (PoolFileBinder.ClientEntry e : c.clients()) {
      AppClient client = e.spec().ensure();
      add.accept(client.report());
      if (e.branding() != null) {
        add.accept(binder.branding(pool, client, e.branding()).ensure().report());
      }
    }
    c.groups().forEach(g -> add.accept(g.ensure().report()));
    if (c.usersNode() != null) {
      Provisioning sync = provisioning(pool, c);
      List<ChangeReport> users = userReports(sync.plan(), c.users());
      if (users.stream().anyMatch(ChangeReport::changed)) {
        ProvisioningReport done = sync.apply();
        if (!done.failures().isEmpty()) {
          ProvisioningReport.Failure f = done.failures().get(0);
          throw new CognitoAdminException(CognitoAdminException.Reason.INVALID, String.valueOf(f.action()),
              "user " + f.username() + " in " + poolName, done.failures().size() + " of the file's users failed;"
              + " the first: " + f.reason(), null, null, null);
        }
      }
      users.forEach(add);
    }
    return reports;
  }

  /**
   * Computes what {@link #prune} would delete, without deleting.
   *
   * @param admin the admin to read the pool through
   * @return one DELETED report per resource that would be deleted; empty if the pool does not exist
   * @throws CognitoAdminException if Cognito cannot be read
   * @throws PoolFileException if a client the file keeps uses a provider or scope that would be deleted
   */
  public List<ChangeReport> planPrune(CognitoAdmin admin) {
    return prune(admin, true);
  }

  /**
   * Deletes the app clients, identity providers, resource servers and groups of the pool that the file does not
   * name (users are left alone: use {@link Provisioning.AbsentUsers} for them). Never part of {@link #apply}.
   *
   * @param admin the admin to write through
   * @return one DELETED report per resource deleted; empty if the pool does not exist
   * @throws CognitoAdminException if Cognito refuses a deletion
   * @throws PoolFileException if a client the file keeps uses a provider or scope that would be deleted (checked
   *     before any deletion)
   */
  public List<ChangeReport> prune(CognitoAdmin admin) {
    return prune(admin, false);
  }

  private List<ChangeReport> prune(CognitoAdmin admin, boolean dryRun) {
    Args.notNull(admin, "admin");
    UserPool pool = admin.findUserPool(poolName).orElse(null);
    if (pool == null) {
      return List.of();
    }
    PoolFileBinder.Children c = new PoolFileBinder(root, baseDir).children(admin, pool);
    Gateway gateway = admin.gateway();
    String resource = "user pool " + poolName;
    Set<String> clients = new HashSet<>();
    Set<String> usedProviders = new HashSet<>();
    Set<String> usedScopes = new HashSet<>();
    for (PoolFileBinder.ClientEntry e : c.clients()) {
      clients.add(e.name());
      ClientDesired.OAuth o = e.spec().freeze().oauth();
      if (o != null) {
        usedProviders.addAll(o.identityProviders());
        usedScopes.addAll(o.scopes());
      }
    }
    Set<String> providers = new HashSet<>();
    c.providers().forEach(p -> providers.add(p.freeze().name()));
    Set<String> servers = new HashSet<>();
    c.servers().forEach(rs -> servers.add(rs.freeze().identifier()));
    Set<String> groups = new HashSet<>();
    c.groups().forEach(g -> groups.add(g.freeze().name()));

    Map<String, List<String>> gone = new LinkedHashMap<>();
    gateway.listClients(resource, pool.id()).forEach((name, ids) -> {
      if (!clients.contains(name)) {
        gone.put("app client " + name, ids);
      }
    });
    List<String> goneProviders = gateway.listIdentityProviders(resource, pool.id()).stream()
        .filter(p -> !providers.contains(p)).sorted().toList();
    List<ResourceServerType> goneServers = gateway.listResourceServers(resource, pool.id()).stream()
        .filter(rs -> !servers.contains(rs.identifier())).toList();
    List<String> goneGroups = gateway.listGroups(resource, pool.id()).stream().filter(g -> !groups.contains(g))
        .sorted().toList();
    for (String p : goneProviders) {
      if (usedProviders.contains(p)) {
        throw new PoolFileException(source, 0, 0, "identityProviders", "the file no longer names the identity"
            + " provider " + p + ", but an app client it keeps signs in with it; remove it from the client first");
      }
    }
    for (ResourceServerType rs : goneServers) {
      for (String s : usedScopes) {
        if (s.startsWith(rs.identifier() + "/")) {
          throw new PoolFileException(source, 0, 0, "resourceServers", "the file no longer names the resource"
              + " server " + rs.identifier() + ", but an app client it keeps uses its scope " + s);
        }
      }
    }
    List<ChangeReport> reports = new ArrayList<>();
    gone.forEach((name, ids) -> {
      for (String id : ids) {
        if (!dryRun) {
          gateway.deleteUserPoolClient(name + " in " + poolName, pool.id(), name.substring("app client ".length()),
              id);
        }
        reports.add(deleted(name + " in " + poolName + " (" + id + ")"));
      }
    });
    for (String p : goneProviders) {
      if (!dryRun) {
        gateway.deleteIdentityProvider("identity provider " + p + " in " + poolName, pool.id(), p);
      }
      reports.add(deleted("identity provider " + p + " in " + poolName));
    }
    for (ResourceServerType rs : goneServers) {
      if (!dryRun) {
        gateway.deleteResourceServer("resource server " + rs.identifier() + " in " + poolName, pool.id(),
            rs.identifier());
      }
      reports.add(deleted("resource server " + rs.identifier() + " in " + poolName));
    }
    for (String g : goneGroups) {
      if (!dryRun) {
        gateway.deleteGroup("group " + g + " in " + poolName, pool.id(), g);
      }
      reports.add(deleted("group " + g + " in " + poolName));
    }
    return reports;
  }

  /**
   * Writes the pool file of an existing pool, without its users. Secrets are {@code ${NAME}} placeholders; the
   * hosted UI logo and branding image assets are left out (and so kept by a later apply).
   *
   * @param admin the admin to read the pool through
   * @param poolName the pool's name
   * @return the file, YAML
   * @throws CognitoAdminException NOT_FOUND if no pool has the name, or if Cognito cannot be read
   */
  public static String export(CognitoAdmin admin, String poolName) {
    return export(admin, poolName, false);
  }

  /**
   * Writes the pool file of an existing pool.
   *
   * @param admin the admin to read the pool through
   * @param poolName the pool's name
   * @param includeUsers true to list the pool's users with their attributes, groups and state (no passwords)
   * @return the file, YAML
   * @throws CognitoAdminException NOT_FOUND if no pool has the name, or if Cognito cannot be read
   */
  public static String export(CognitoAdmin admin, String poolName, boolean includeUsers) {
    Args.notNull(admin, "admin");
    Args.text(poolName, "poolName");
    return PoolFileExport.yaml(PoolFileExport.read(admin.gateway(), poolName, includeUsers));
  }

  private void check(PoolFileBinder binder) {
    CognitoAdmin offline = CognitoAdmin.offline();
    UserPoolSpec pool = binder.pool(offline);
    FileNode at = root.get("pool");
    at.apply(pool::freeze);
    binder.children(offline, new UserPool(offline, PLACEHOLDER_POOL_ID, poolName, null));
  }

  private Provisioning provisioning(UserPool pool, PoolFileBinder.Children c) {
    return pool.provisioning().users(UserRows.of(c.users())).progress(ProgressListener.NONE);
  }

  private List<String> resources(PoolFileBinder.Children c) {
    List<String> r = new ArrayList<>();
    if (c.domain() != null) {
      r.add(c.domain().freeze().resource());
    }
    c.servers().forEach(rs -> r.add("resource server " + rs.freeze().identifier() + " in " + poolName));
    c.providers().forEach(p -> r.add("identity provider " + p.freeze().name() + " in " + poolName));
    for (PoolFileBinder.ClientEntry e : c.clients()) {
      r.add("app client " + e.name() + " in " + poolName);
      if (e.branding() != null) {
        r.add("managed login branding of app client " + e.name() + " in " + poolName);
      }
    }
    c.groups().forEach(g -> r.add("group " + g.freeze().name() + " in " + poolName));
    c.users().forEach(u -> r.add("user " + u.username() + " in " + poolName));
    return r;
  }

  /** The users' reports: one per user of the file (and per group the sync would create), in file order. */
  private List<ChangeReport> userReports(ProvisioningPlan plan, List<DesiredUser> users) {
    Map<String, List<FieldChange>> updated = new LinkedHashMap<>();
    Map<String, Change> change = new LinkedHashMap<>();
    for (DesiredUser u : users) {
      change.put("user " + u.username() + " in " + poolName, Change.UNCHANGED);
    }
    for (ProvisioningPlan.Action a : plan.actions()) {
      String resource = a.type() == ProvisioningPlan.ActionType.CREATE_GROUP ? "group " + a.username() + " in "
          + poolName : "user " + a.username() + " in " + poolName;
      boolean created = a.type() == ProvisioningPlan.ActionType.CREATE
          || a.type() == ProvisioningPlan.ActionType.CREATE_GROUP;
      change.merge(resource, created ? Change.CREATED : Change.UPDATED,
          (x, y) -> x == Change.CREATED || y == Change.CREATED ? Change.CREATED : y);
      List<FieldChange> fields = updated.computeIfAbsent(resource, k -> new ArrayList<>());
      if (!created) {
        fields.add(new FieldChange(a.type().name(), null, a.detail()));
      }
    }
    List<ChangeReport> reports = new ArrayList<>();
    change.forEach((resource, ch) -> reports.add(new ChangeReport(resource, ch,
        ch == Change.UPDATED ? updated.get(resource) : List.of())));
    return reports;
  }

  private static ChangeReport deleted(String resource) {
    return new ChangeReport(resource, Change.DELETED, List.of());
  }

  @Override
  public String toString() {
    return "PoolFile{" + source + ", pool " + poolName + "}";
  }
}
