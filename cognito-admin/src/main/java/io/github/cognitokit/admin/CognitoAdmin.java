package io.github.cognitokit.admin;

import io.github.cognitokit.admin.internal.Calls;
import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.NameIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The entry point of cognito-admin: set up Cognito user pools and everything in them from code, idempotently.
 *
 * <pre>{@code
 * try (CognitoAdmin admin = CognitoAdmin.create()) {           // the SDK's default credentials and region
 *   UserPool pool = admin.userPool("modelop").mfa(Mfa.OFF).selfSignUp(false).ensure();
 *   AppClient client = pool.client("gateway-service").confidential()
 *       .oauth(o -> o.authorizationCodeGrant().scopes(Scope.OPENID)
 *           .callbackUrls("https://mo.example.com/login/oauth2/code/gateway-service"))
 *       .ensure();
 *   System.out.println(pool.report() + "\n" + client.report());
 * }
 * }</pre>
 *
 * <p>Every {@code ensure()} creates the resource or converges it to the settings named, and can be run again and
 * again; a second run with the same settings reports {@link ChangeReport.Change#UNCHANGED} and writes nothing. Pools
 * are found by name (two pools with one name is an error naming both ids) or by id; app clients by name within
 * their pool. Throttling and concurrent modification are retried with jittered back-off; limit errors are not.
 *
 * <p>Pass your own SDK clients with {@link #using(CognitoIdentityProviderClient)} (they stay yours to close), or let
 * {@link #create()} build them from the default chain ({@link #close()} closes those). Instances are thread-safe.
 */
public final class CognitoAdmin implements AutoCloseable {
  private final CognitoIdentityProviderClient cognito;
  private final CognitoIdentityClient identity;
  private final boolean ownsClients;
  private final Calls calls;
  /** Pool and client ids by name, from the last listings. */
  private final NameIndex names = new NameIndex();

  private CognitoAdmin(CognitoIdentityProviderClient cognito, CognitoIdentityClient identity, boolean owns,
      Calls calls) {
    this.cognito = cognito;
    this.identity = identity;
    this.ownsClients = owns;
    this.calls = calls;
  }

  /**
   * Uses your user pool client; identity pools then need {@link #using(CognitoIdentityProviderClient,
   * CognitoIdentityClient)}.
   *
   * @param cognito the SDK client
   * @return the admin
   * @throws IllegalArgumentException if it is null
   */
  public static CognitoAdmin using(CognitoIdentityProviderClient cognito) {
    return new CognitoAdmin(Args.notNull(cognito, "cognito client"), null, false, Calls.defaults());
  }

  /**
   * Uses your SDK clients for user pools and identity pools.
   *
   * @param cognito the user pool client
   * @param identity the identity pool client
   * @return the admin
   * @throws IllegalArgumentException if one is null
   */
  public static CognitoAdmin using(CognitoIdentityProviderClient cognito, CognitoIdentityClient identity) {
    return new CognitoAdmin(Args.notNull(cognito, "cognito client"), Args.notNull(identity, "identity client"),
        false, Calls.defaults());
  }

  /**
   * Builds SDK clients from the default credentials and region chain; {@link #close()} closes them.
   *
   * @return the admin
   */
  public static CognitoAdmin create() {
    return new CognitoAdmin(CognitoIdentityProviderClient.create(), CognitoIdentityClient.create(), true,
        Calls.defaults());
  }

  /**
   * Starts the desired settings of a user pool found by name.
   *
   * @param name the pool name
   * @return a spec; call {@link UserPoolSpec#ensure()}
   * @throws IllegalArgumentException if the name is blank or longer than 128 characters
   */
  public UserPoolSpec userPool(String name) {
    return new UserPoolSpec(this, name);
  }

  /**
   * Returns an existing pool by id.
   *
   * @param userPoolId the id
   * @return the pool
   * @throws IllegalArgumentException if the id is blank
   * @throws CognitoAdminException with {@link CognitoAdminException.Reason#NOT_FOUND} if there is no such pool
   */
  public UserPool userPoolById(String userPoolId) {
    UserPoolType pool = describePool(Args.text(userPoolId, "userPoolId"));
    return new UserPool(this, pool.id(), pool.name(), new ChangeReport("user pool " + pool.name() + " ("
        + pool.id() + ")", ChangeReport.Change.UNCHANGED, List.of()));
  }

  /**
   * Finds a pool by name.
   *
   * @param name the pool name
   * @return the pool, or empty if none has the name
   * @throws CognitoAdminException with {@link CognitoAdminException.Reason#AMBIGUOUS} if several have it
   */
  public Optional<UserPool> findUserPool(String name) {
    return findPoolId(Args.text(name, "pool name")).map(id -> new UserPool(this, id, name, new ChangeReport(
        "user pool " + name + " (" + id + ")", ChangeReport.Change.UNCHANGED, List.of())));
  }

  /**
   * Starts the desired settings of an identity pool (federated identities) found by name.
   *
   * @param name the identity pool name
   * @return a spec; call {@link IdentityPoolSpec#ensure()}
   * @throws IllegalStateException if this admin has no identity pool client
   * @throws IllegalArgumentException if the name is not valid
   */
  public IdentityPoolSpec identityPool(String name) {
    if (identity == null) {
      throw new IllegalStateException("identity pools need a CognitoIdentityClient: use CognitoAdmin.using(cognito,"
          + " identity) or CognitoAdmin.create()");
    }
    return new IdentityPoolSpec(this, name);
  }

  /**
   * Finds a pool's id by name. The first lookup pages {@code ListUserPools} once (a low-quota call in real accounts)
   * and remembers every name it saw; later lookups of a known name cost nothing. A name it did not see is looked up
   * again before the caller concludes the pool is missing, so a pool made elsewhere meanwhile is never created twice.
   */
  Optional<String> findPoolId(String name) {
    List<String> ids = names.ids("pools", name, () -> {
      Map<String, List<String>> byName = new HashMap<>();
      calls.run("ListUserPools", "user pool " + name, () -> {
        byName.clear();
        cognito.listUserPoolsPaginator(b -> b.maxResults(60)).userPools().forEach(p ->
            byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.id()));
        return byName;
      });
      return byName;
    });
    if (ids.size() > 1) {
      throw new CognitoAdminException(CognitoAdminException.Reason.AMBIGUOUS, "ListUserPools", "user pool " + name,
          ids.size() + " pools have this name: " + ids + "; use userPoolById(...)", null, null, null);
    }
    return ids.stream().findFirst();
  }

  /** Records a pool this admin created, so that finding it by name needs no listing. */
  void rememberPool(String name, String id) {
    names.remember("pools", name, id);
  }

  /** Forgets a pool this admin deleted, or found gone. */
  void forgetPool(String name, String id) {
    names.forget("pools", name, id);
  }

  /** Resources found by listing (pools, each pool's clients), by name. */
  NameIndex names() {
    return names;
  }

  UserPoolType describePool(String id) {
    return calls.run("DescribeUserPool", "user pool " + id, () -> cognito.describeUserPool(b -> b.userPoolId(id)))
        .userPool();
  }

  CognitoIdentityProviderClient cognito() {
    return cognito;
  }

  CognitoIdentityClient identity() {
    return identity;
  }

  Calls calls() {
    return calls;
  }

  /** Closes the SDK clients if {@link #create()} built them; yours stay open. */
  @Override
  public void close() {
    if (ownsClients) {
      cognito.close();
      if (identity != null) {
        identity.close();
      }
    }
  }

  @Override
  public String toString() {
    return "CognitoAdmin{identityPools=" + (identity != null) + "}";
  }
}
