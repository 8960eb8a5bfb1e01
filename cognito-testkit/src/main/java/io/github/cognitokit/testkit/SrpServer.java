package io.github.cognitokit.testkit;

import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The server half of Cognito's SRP sign-in, for tests: the emulator answers {@code USER_SRP_AUTH} with a made-up
 * {@code SRP_B} and accepts any password claim, so on its own it cannot tell a right password from a wrong one.
 * Installed on a {@link RequestRecorder}, this stand-in does what Cognito does: it keeps each registered user's salt
 * and verifier (never the password), answers {@code USER_SRP_AUTH} with a real {@code B}, checks the
 * {@code PASSWORD_VERIFIER} claim, the SECRET_HASH of the internal user name and the timestamp's format, and only
 * then lets the emulator issue tokens (or its next challenge: new password, MFA).
 *
 * <pre>{@code
 * RequestRecorder recorder = new RequestRecorder();
 * SrpServer srp = SrpServer.install(emulator, recorder);
 * srp.register(poolId, "alice", "Passw0rd!");       // the user must also exist in the emulator
 * CognitoIdentityProviderClient cognito = emulator.newClient(recorder);
 * // USER_SRP_AUTH through `cognito` now runs the whole exchange
 * }</pre>
 *
 * <p>{@code CUSTOM_AUTH} that starts with {@code CHALLENGE_NAME=SRP_A} gets the same proof check (the emulator has
 * no auth-challenge triggers, so tokens follow the proof).
 *
 * <p>Choice-based sign-in ({@code USER_AUTH}) gets the same checks for its password factors: without a preference
 * it answers {@code SELECT_CHALLENGE} offering {@code PASSWORD} and {@code PASSWORD_SRP}; the password one is checked
 * by the emulator, the SRP one by this stand-in. (Passwordless and passkey factors need Cognito's mail, SMS and
 * WebAuthn back ends; answer those with {@link RequestRecorder#answerInTurn}.)
 *
 * <p>It also plays Cognito's remembered devices, which the emulator lacks: in a pool with a device configuration a
 * successful sign-in returns {@code NewDeviceMetadata}; {@code ConfirmDevice} stores the device's verifier;
 * a later sign-in that names the device key gets the {@code DEVICE_SRP_AUTH} / {@code DEVICE_PASSWORD_VERIFIER}
 * challenges instead of tokens, checked the same way; {@code ListDevices}, {@code UpdateDeviceStatus} and
 * {@code ForgetDevice} work on what it stored. Response shapes follow the Cognito API Reference (InitiateAuth,
 * RespondToAuthChallenge, ConfirmDevice) and the AWS CLI reference's {@code get-device} example.
 *
 * <p>The math is SRP-6a from RFC 5054 with Cognito's parameters: the RFC's 3072-bit group, {@code g = 2},
 * SHA-256, {@code k = H(N | g)}, numbers hashed in their shortest two's-complement form, and the session key turned
 * into a 16-byte HMAC key with HKDF ({@code "Caldera Derived Key"}). It was written from the RFC, not from the
 * library's client. Thread-safe.
 */
public final class SrpServer {
  private static final BigInteger N = new BigInteger(
      "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
      + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
      + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
      + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
      + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
      + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
      + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
      + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);
  private static final BigInteger G = BigInteger.valueOf(2);
  private static final BigInteger K = new BigInteger(1, sha256(N.toByteArray(), G.toByteArray()));
  /** Cognito's claim timestamp, parsed strictly: US English, UTC, day of month without zero padding. */
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
      .ofPattern("EEE MMM d HH:mm:ss 'UTC' uuuu", Locale.US).withZone(ZoneOffset.UTC)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final String WRONG = "Incorrect username or password.";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final CognitoIdentityProviderClient emulator;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Map<String, Verifier> users = new ConcurrentHashMap<>();
  private final Map<String, Pending> sessions = new ConcurrentHashMap<>();
  private final Map<String, Device> devices = new ConcurrentHashMap<>();

  private SrpServer(CognitoIdentityProviderClient emulator, Clock clock) {
    this.emulator = emulator;
    this.clock = clock;
  }

  /**
   * Puts the stand-in behind a recorder: SDK clients built with that recorder then run SRP against it.
   *
   * @param emulator the running emulator, which still holds users, clients and tokens
   * @param recorder the recorder your SDK client is built with
   * @return the stand-in, to register users on
   * @throws IllegalArgumentException if either is null
   */
  public static SrpServer install(CognitoEmulator emulator, RequestRecorder recorder) {
    return install(emulator, recorder, Clock.systemUTC());
  }

  /**
   * Puts the stand-in behind a recorder, with the clock that claim timestamps are checked against (five minutes
   * either way, as Cognito allows).
   *
   * @param emulator the running emulator
   * @param recorder the recorder your SDK client is built with
   * @param clock the clock
   * @return the stand-in
   * @throws IllegalArgumentException if an argument is null
   */
  public static SrpServer install(CognitoEmulator emulator, RequestRecorder recorder, Clock clock) {
    if (emulator == null || recorder == null || clock == null) {
      throw new IllegalArgumentException("install needs the emulator, a recorder and a clock");
    }
    SrpServer server = new SrpServer(emulator.client(), clock);
    recorder.answerWith("InitiateAuth", r -> server.initiate((InitiateAuthRequest) r));
    recorder.answerWith("RespondToAuthChallenge", r -> server.respond((RespondToAuthChallengeRequest) r));
    recorder.answerWith("ConfirmDevice", r -> server.confirmDevice((ConfirmDeviceRequest) r));
    recorder.answerWith("ListDevices", r -> server.listDevices((ListDevicesRequest) r));
    recorder.answerWith("UpdateDeviceStatus", r -> server.updateDeviceStatus((UpdateDeviceStatusRequest) r));
    recorder.answerWith("ForgetDevice", r -> server.forgetDevice((ForgetDeviceRequest) r));
    return server;
  }

  /**
   * Registers a user's password the way Cognito keeps it: a random salt and the verifier {@code g^x mod N}. The
   * password itself is not kept. Register again after a password change.
   *
   * @param userPoolId the pool
   * @param username the user's internal user name (for e-mail-as-user-name pools: the {@code sub})
   * @param password the password
   * @return this stand-in
   * @throws IllegalArgumentException if an argument is null or empty
   */
  public SrpServer register(String userPoolId, String username, String password) {
    if (empty(userPoolId) || empty(username) || empty(password)) {
      throw new IllegalArgumentException("register needs a pool id, a user name and a password");
    }
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    BigInteger s = new BigInteger(1, salt);
    users.put(userPoolId + "/" + username, new Verifier(s, verifier(poolName(userPoolId), username, password, s)));
    return this;
  }

  /**
   * Returns the devices this stand-in has issued, confirmed or not, by device key.
   *
   * @return the device keys
   */
  public List<String> deviceKeys() {
    return List.copyOf(devices.keySet());
  }

  @Override
  public String toString() {
    return "SrpServer[users=" + users.size() + ", devices=" + devices.size() + "]";
  }

  // ---- InitiateAuth ------------------------------------------------------------------------------------------------

  private Reply initiate(InitiateAuthRequest request) {
    if (request.authFlow() == AuthFlowType.USER_PASSWORD_AUTH) {
      boolean devicesMatter;
      try {
        devicesMatter = request.authParameters().containsKey("DEVICE_KEY")
            || tracksDevices(poolOf(request.clientId()));
      } catch (AwsServiceException e) {
        return error(e);
      }
      return devicesMatter ? passwordWithDevice(request) : Reply.passThrough();
    }
    boolean customSrp = request.authFlow() == AuthFlowType.CUSTOM_AUTH
        && "SRP_A".equals(request.authParameters().get("CHALLENGE_NAME"));
    if (request.authFlow() != AuthFlowType.USER_SRP_AUTH && request.authFlow() != AuthFlowType.USER_AUTH
        && !customSrp) {
      return Reply.passThrough();
    }
    Map<String, String> params = request.authParameters();
    String flow = request.authFlow().toString();
    String pool;
    UserPoolClientType client;
    String internal;
    try {
      pool = poolOf(request.clientId());
      client = describeClient(pool, request.clientId());
    } catch (AwsServiceException e) {
      return error(e);
    }
    try {
      if (client.hasExplicitAuthFlows() && !client.explicitAuthFlowsAsStrings().contains("ALLOW_" + flow)
          && !client.explicitAuthFlowsAsStrings().contains(flow)) {
        return error("InvalidParameterException", flow + " flow not enabled for this client");
      }
      // Cognito checks SECRET_HASH here against the name as typed (an alias is fine on this first call).
      Reply hashProblem = secretHashProblem(client, params.get("USERNAME"), params.get("SECRET_HASH"));
      if (hashProblem != null) {
        return hashProblem;
      }
      internal = emulator.adminGetUser(b -> b.userPoolId(pool).username(params.get("USERNAME"))).username();
    } catch (UserNotFoundException e) {
      if (!"ENABLED".equals(client.preventUserExistenceErrorsAsString())) {
        return error(e);
      }
      // Hidden user existence: Cognito answers an unknown user with a simulated challenge whose answer then fails
      // exactly as a wrong password does (Developer Guide, "Managing user existence error responses").
      return decoy(client.clientId(), params.get("USERNAME"));
    } catch (AwsServiceException e) {
      return error(e);
    }
    String preferred = request.authFlow() == AuthFlowType.USER_AUTH ? params.get("PREFERRED_CHALLENGE")
        : "PASSWORD_SRP";
    if ("PASSWORD_SRP".equals(preferred)) {
      return startSrp(pool, client, internal, params.get("SRP_A"), params.get("DEVICE_KEY"));
    }
    if ("PASSWORD".equals(preferred)) {
      return password(pool, client, internal, params.get("PASSWORD"), params.get("DEVICE_KEY"));
    }
    // Choice-based sign-in without a usable preference: offer the password factors this stand-in can check.
    Pending p = new Pending(Kind.SELECT, pool, client.clientId(), internal, null, null, null, null, null, null, null,
        params.get("DEVICE_KEY"), null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ChallengeName", "SELECT_CHALLENGE");
    body.put("Session", newSession(p));
    body.put("ChallengeParameters", Map.of("USERNAME", internal));
    body.put("AvailableChallenges", List.of("PASSWORD", "PASSWORD_SRP"));
    return Reply.of(200, Json.write(body));
  }

  private Reply decoy(String clientId, String typed) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    BigInteger fakeVerifier = G.modPow(new BigInteger(1, salt), N);
    Exchange x = exchange(fakeVerifier);
    Pending p = new Pending(Kind.DECOY, "?", clientId, typed, null, null, null, null, null, secretBlock(), null, null,
        null);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("SALT", new BigInteger(1, salt).toString(16));
    parameters.put("SRP_B", x.publicB.toString(16));
    parameters.put("SECRET_BLOCK", p.secretBlock);
    parameters.put("USER_ID_FOR_SRP", typed);
    parameters.put("USERNAME", typed);
    return challenge("PASSWORD_VERIFIER", newSession(p), parameters);
  }

  /** The first SRP step: a real B from the user's verifier; the emulator's session is kept for the tokens. */
  private Reply startSrp(String pool, UserPoolClientType client, String internal, String srpA, String deviceKey) {
    BigInteger a = hex(srpA);
    if (a == null || a.mod(N).signum() == 0) {
      return error("InvalidParameterException", "SRP_A is missing or invalid");
    }
    Verifier v = users.get(pool + "/" + internal);
    if (v == null) {
      return error("InternalErrorException", "Cognito Kit SrpServer: no verifier registered for user '" + internal
          + "' in pool " + pool + "; call register(...) first");
    }
    InitiateAuthResponse motoChallenge;
    try {
      motoChallenge = emulator.initiateAuth(b -> b.clientId(client.clientId()).authFlow(AuthFlowType.USER_SRP_AUTH)
          .authParameters(emulatorParameters(client, internal, Map.of("SRP_A", srpA))));
    } catch (AwsServiceException e) {
      return error(e);
    }
    Exchange x = exchange(v.verifier);
    Pending p = new Pending(Kind.PASSWORD, pool, client.clientId(), internal, v.salt, v.verifier, a, x.b, x.publicB,
        secretBlock(), motoChallenge.session(), deviceKey, null);
    String session = newSession(p);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("SALT", v.salt.toString(16));
    parameters.put("SRP_B", x.publicB.toString(16));
    parameters.put("SECRET_BLOCK", p.secretBlock);
    parameters.put("USER_ID_FOR_SRP", internal);
    parameters.put("USERNAME", internal);
    return challenge("PASSWORD_VERIFIER", session, parameters);
  }

  /** The PASSWORD factor of choice-based sign-in: the emulator checks the password. */
  private Reply password(String pool, UserPoolClientType client, String internal, String password, String deviceKey) {
    if (empty(password)) {
      return error("InvalidParameterException", "PASSWORD is required");
    }
    InitiateAuthResponse moto;
    try {
      moto = emulator.initiateAuth(b -> b.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(emulatorParameters(client, internal, Map.of("PASSWORD", password))));
    } catch (AwsServiceException e) {
      return error(e);
    }
    if (moto.authenticationResult() == null) {
      return challenge(moto.challengeNameAsString(), moto.session(), moto.challengeParameters());
    }
    return signedIn(moto.authenticationResult(), pool, client.clientId(), internal, deviceKey);
  }

  /** Parameters for the emulator's own flows, with the SECRET_HASH it wants (the stand-in has checked the caller's). */
  private static Map<String, String> emulatorParameters(UserPoolClientType client, String username,
      Map<String, String> extra) {
    Map<String, String> m = new LinkedHashMap<>(extra);
    m.put("USERNAME", username);
    if (client.clientSecret() != null) {
      m.put("SECRET_HASH", Base64.getEncoder().encodeToString(hmac(client.clientSecret()
          .getBytes(StandardCharsets.UTF_8), (username + client.clientId()).getBytes(StandardCharsets.UTF_8))));
    }
    return m;
  }

  private Reply select(Pending p, Map<String, String> responses) {
    UserPoolClientType client;
    try {
      client = describeClient(p.pool, p.clientId);
    } catch (AwsServiceException e) {
      return error(e);
    }
    String deviceKey = responses.getOrDefault("DEVICE_KEY", p.deviceKey);
    String answer = responses.get("ANSWER");
    if ("PASSWORD_SRP".equals(answer)) {
      return startSrp(p.pool, client, p.username, responses.get("SRP_A"), deviceKey);
    }
    if ("PASSWORD".equals(answer)) {
      return password(p.pool, client, p.username, responses.get("PASSWORD"), deviceKey);
    }
    return error("InvalidParameterException", "ANSWER must be one of the AvailableChallenges");
  }

  // ---- RespondToAuthChallenge ------------------------------------------------------------------------------------

  private Reply respond(RespondToAuthChallengeRequest request) {
    String name = request.challengeNameAsString();
    if (!"PASSWORD_VERIFIER".equals(name) && !"DEVICE_SRP_AUTH".equals(name)
        && !"DEVICE_PASSWORD_VERIFIER".equals(name) && !"SELECT_CHALLENGE".equals(name)) {
      return Reply.passThrough();
    }
    Pending p = request.session() == null ? null : sessions.remove(request.session());
    if (p == null || !p.clientId.equals(request.clientId())) {
      return error("NotAuthorizedException", "Invalid session for the user, session is expired.");
    }
    Map<String, String> responses = request.challengeResponses();
    if (p.kind == Kind.DECOY || !p.username.equals(responses.get("USERNAME"))) {
      return error("NotAuthorizedException", WRONG);
    }
    Reply hashProblem;
    try {
      hashProblem = checkSecretHash(p, responses.get("SECRET_HASH"));
    } catch (AwsServiceException e) {
      return error(e);
    }
    if (hashProblem != null) {
      return hashProblem;
    }
    switch (name) {
      case "SELECT_CHALLENGE":
        return p.kind == Kind.SELECT ? select(p, responses) : error("NotAuthorizedException", WRONG);
      case "PASSWORD_VERIFIER":
        return p.kind == Kind.PASSWORD ? passwordVerified(p, responses) : error("NotAuthorizedException", WRONG);
      case "DEVICE_SRP_AUTH":
        return p.kind == Kind.DEVICE_START ? deviceStart(p, responses) : error("NotAuthorizedException", WRONG);
      default:
        return p.kind == Kind.DEVICE_PROOF ? deviceVerified(p, responses) : error("NotAuthorizedException", WRONG);
    }
  }

  private Reply passwordVerified(Pending p, Map<String, String> responses) {
    if (!claimHolds(p, poolName(p.pool), p.username, responses)) {
      return error("NotAuthorizedException", WRONG);
    }
    RespondToAuthChallengeResponse moto;
    try {
      moto = emulator.respondToAuthChallenge(b -> b.clientId(p.clientId).challengeName("PASSWORD_VERIFIER")
          .session(p.emulatorSession).challengeResponses(Map.of("USERNAME", p.username,
              "PASSWORD_CLAIM_SECRET_BLOCK", p.emulatorSession, "PASSWORD_CLAIM_SIGNATURE", "checked-by-SrpServer",
              "TIMESTAMP", responses.get("TIMESTAMP"))));
    } catch (AwsServiceException e) {
      return error(e);
    }
    if (moto.authenticationResult() == null) {
      return challenge(moto.challengeNameAsString(), moto.session(), moto.challengeParameters());
    }
    return signedIn(moto.authenticationResult(), p.pool, p.clientId, p.username,
        responses.getOrDefault("DEVICE_KEY", p.deviceKey));
  }

  /**
   * USER_PASSWORD_AUTH where devices matter: the emulator checks the password, this stand-in the device (or offers a
   * new one).
   */
  private Reply passwordWithDevice(InitiateAuthRequest request) {
    InitiateAuthResponse moto;
    String pool;
    String internal;
    try {
      moto = emulator.initiateAuth(b -> b.clientId(request.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(request.authParameters()));
      pool = poolOf(request.clientId());
      internal = emulator.adminGetUser(b -> b.userPoolId(pool).username(request.authParameters().get("USERNAME")))
          .username();
    } catch (AwsServiceException e) {
      return error(e);
    }
    if (moto.authenticationResult() == null) {
      return challenge(moto.challengeNameAsString(), moto.session(), moto.challengeParameters());
    }
    return signedIn(moto.authenticationResult(), pool, request.clientId(), internal,
        request.authParameters().get("DEVICE_KEY"));
  }

  /**
   * After the password: a confirmed device of this user must now prove itself; an unknown one (or none) gets new
   * device metadata where the pool tracks devices.
   */
  private Reply signedIn(AuthenticationResultType result, String pool, String clientId, String username,
      String deviceKey) {
    Device device = deviceKey == null ? null : devices.get(deviceKey);
    if (device != null && device.confirmed() && device.owner.equals(pool + "/" + username)) {
      Pending next = new Pending(Kind.DEVICE_START, pool, clientId, username, null, null, null, null, null,
          null, null, deviceKey, result);
      return challenge("DEVICE_SRP_AUTH", newSession(next), Map.of("USERNAME", username));
    }
    return tokens(result, pool, username, device == null);
  }

  private Reply deviceStart(Pending p, Map<String, String> responses) {
    Device device = devices.get(p.deviceKey);
    BigInteger a = hex(responses.get("SRP_A"));
    if (!p.deviceKey.equals(responses.get("DEVICE_KEY")) || device == null || !device.confirmed()) {
      return noSuchDevice();
    }
    if (a == null || a.mod(N).signum() == 0) {
      return error("InvalidParameterException", "SRP_A is missing or invalid");
    }
    Exchange x = exchange(device.verifier);
    Pending next = new Pending(Kind.DEVICE_PROOF, p.pool, p.clientId, p.username, device.salt, device.verifier, a,
        x.b, x.publicB, secretBlock(), null, p.deviceKey, p.result);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("SALT", device.salt.toString(16));
    parameters.put("SRP_B", x.publicB.toString(16));
    parameters.put("SECRET_BLOCK", next.secretBlock);
    parameters.put("USERNAME", p.username);
    return challenge("DEVICE_PASSWORD_VERIFIER", newSession(next), parameters);
  }

  private Reply deviceVerified(Pending p, Map<String, String> responses) {
    Device device = devices.get(p.deviceKey);
    if (device == null || !p.deviceKey.equals(responses.get("DEVICE_KEY"))
        || !claimHolds(p, device.groupKey, p.deviceKey, responses)) {
      return error("NotAuthorizedException", WRONG);
    }
    device.lastAuthenticated = clock.instant();
    return tokens(p.result, p.pool, p.username, false);
  }

  private boolean claimHolds(Pending p, String realm, String userId, Map<String, String> responses) {
    String block = responses.get("PASSWORD_CLAIM_SECRET_BLOCK");
    String timestamp = responses.get("TIMESTAMP");
    String signature = responses.get("PASSWORD_CLAIM_SIGNATURE");
    if (!p.secretBlock.equals(block) || timestamp == null || signature == null) {
      return false;
    }
    try {
      Instant sent = Instant.from(TIMESTAMP.parse(timestamp));
      if (Duration.between(sent, clock.instant()).abs().compareTo(CLOCK_SKEW) > 0) {
        return false;
      }
    } catch (DateTimeParseException e) {
      return false;
    }
    BigInteger u = new BigInteger(1, sha256(p.publicA.toByteArray(), p.publicB.toByteArray()));
    if (u.signum() == 0) {
      return false;
    }
    // RFC 5054 section 2.6: the premaster secret, seen from the server, is (A * v^u) ^ b % N.
    BigInteger s = p.publicA.multiply(p.verifier.modPow(u, N)).mod(N).modPow(p.b, N);
    byte[] prk = hmac(u.toByteArray(), s.toByteArray());
    byte[] key = new byte[16];
    System.arraycopy(hmac(prk, "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8)), 0, key, 0, 16);
    byte[] expected = hmac(key, concat(realm.getBytes(StandardCharsets.UTF_8),
        userId.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(p.secretBlock),
        timestamp.getBytes(StandardCharsets.UTF_8)));
    byte[] claimed;
    try {
      claimed = Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, claimed);
  }

  private Reply checkSecretHash(Pending p, String sent) {
    return secretHashProblem(describeClient(p.pool, p.clientId), p.username, sent);
  }

  /** SECRET_HASH = Base64(HMAC-SHA256(client secret, user name + client id)), as AWS documents it. */
  private static Reply secretHashProblem(UserPoolClientType client, String username, String sent) {
    if (client.clientSecret() == null) {
      return null;
    }
    byte[] expected = hmac(client.clientSecret().getBytes(StandardCharsets.UTF_8),
        (String.valueOf(username) + client.clientId()).getBytes(StandardCharsets.UTF_8));
    byte[] given;
    try {
      given = sent == null ? new byte[0] : Base64.getDecoder().decode(sent);
    } catch (IllegalArgumentException e) {
      given = new byte[0];
    }
    return MessageDigest.isEqual(expected, given) ? null
        : error("NotAuthorizedException", "Unable to verify secret hash for client " + client.clientId());
  }

  private Reply tokens(AuthenticationResultType result, String pool, String username, boolean offerNewDevice) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("AccessToken", result.accessToken());
    r.put("ExpiresIn", result.expiresIn());
    r.put("TokenType", result.tokenType());
    r.put("RefreshToken", result.refreshToken());
    r.put("IdToken", result.idToken());
    if (offerNewDevice && tracksDevices(pool)) {
      String key = CognitoEmulator.DEFAULT_REGION + "_" + UUID.randomUUID();
      String group = "-" + randomName(9);
      devices.put(key, new Device(pool + "/" + username, group, clock.instant()));
      r.put("NewDeviceMetadata", Map.of("DeviceKey", key, "DeviceGroupKey", group));
    }
    return Reply.of(200, Json.write(Map.of("AuthenticationResult", r, "ChallengeParameters", Map.of())));
  }

  // ---- Devices -----------------------------------------------------------------------------------------------------

  /** Runs a device operation for the access token's owner; an invalid token is the emulator's error. */
  private Reply asOwner(String accessToken, java.util.function.Function<String, Reply> operation) {
    String owner;
    try {
      owner = ownerOf(accessToken);
    } catch (AwsServiceException e) {
      return error(e);
    }
    return operation.apply(owner);
  }

  /** The owner's device by key; with {@code confirmed}, only one whose verifier was stored. */
  private Device device(String owner, String deviceKey, boolean confirmed) {
    Device d = deviceKey == null ? null : devices.get(deviceKey);
    return d == null || !d.owner.equals(owner) || (confirmed && !d.confirmed()) ? null : d;
  }

  private static Reply noSuchDevice() {
    return error("ResourceNotFoundException", "Device does not exist.");
  }

  private Reply confirmDevice(ConfirmDeviceRequest request) {
    return asOwner(request.accessToken(), owner -> {
      Device d = device(owner, request.deviceKey(), false);
      if (d == null) {
        return noSuchDevice();
      }
      var config = request.deviceSecretVerifierConfig();
      if (config == null || empty(config.passwordVerifier()) || empty(config.salt())) {
        return error("InvalidParameterException", "DeviceSecretVerifierConfig needs PasswordVerifier and Salt");
      }
      try {
        d.salt = new BigInteger(Base64.getDecoder().decode(config.salt()));
        d.verifier = new BigInteger(Base64.getDecoder().decode(config.passwordVerifier()));
      } catch (IllegalArgumentException | ArithmeticException e) {
        return error("InvalidParameterException", "DeviceSecretVerifierConfig is not Base64");
      }
      d.name = request.deviceName();
      String pool = owner.substring(0, owner.indexOf('/'));
      boolean userDecides = Boolean.TRUE.equals(emulator.describeUserPool(b -> b.userPoolId(pool)).userPool()
          .deviceConfiguration().deviceOnlyRememberedOnUserPrompt());
      d.remembered = !userDecides;
      return Reply.of(200, Json.write(Map.of("UserConfirmationNecessary", userDecides)));
    });
  }

  private Reply listDevices(ListDevicesRequest request) {
    return asOwner(request.accessToken(), owner -> {
      List<Object> list = new ArrayList<>();
      devices.forEach((key, d) -> {
        if (d.owner.equals(owner) && d.confirmed()) {
          list.add(deviceJson(key, d));
        }
      });
      return Reply.of(200, Json.write(Map.of("Devices", list)));
    });
  }

  private Reply updateDeviceStatus(UpdateDeviceStatusRequest request) {
    return asOwner(request.accessToken(), owner -> {
      Device d = device(owner, request.deviceKey(), true);
      if (d == null) {
        return noSuchDevice();
      }
      d.remembered = request.deviceRememberedStatus() == DeviceRememberedStatusType.REMEMBERED;
      return Reply.of(200, "{}");
    });
  }

  private Reply forgetDevice(ForgetDeviceRequest request) {
    return asOwner(request.accessToken(), owner -> {
      if (device(owner, request.deviceKey(), false) == null) {
        return noSuchDevice();
      }
      devices.remove(request.deviceKey());
      return Reply.of(200, "{}");
    });
  }

  /** The AWS CLI reference's {@code get-device} example shows these attribute names and epoch-second dates. */
  private static Map<String, Object> deviceJson(String key, Device d) {
    List<Object> attributes = new ArrayList<>();
    attributes.add(Map.of("Name", "device_status", "Value", "valid"));
    if (d.name != null) {
      attributes.add(Map.of("Name", "device_name", "Value", d.name));
    }
    attributes.add(Map.of("Name", "dev:device_remembered_status", "Value",
        d.remembered ? "remembered" : "not_remembered"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("DeviceKey", key);
    m.put("DeviceAttributes", attributes);
    m.put("DeviceCreateDate", d.created.getEpochSecond());
    m.put("DeviceLastModifiedDate", d.created.getEpochSecond());
    m.put("DeviceLastAuthenticatedDate", d.lastAuthenticated.getEpochSecond());
    return m;
  }

  private String ownerOf(String accessToken) {
    String username = emulator.getUser(b -> b.accessToken(accessToken)).username();
    for (String owner : users.keySet()) {
      if (owner.endsWith("/" + username)) {
        return owner;
      }
    }
    for (Device d : devices.values()) {
      if (d.owner.endsWith("/" + username)) {
        return d.owner;
      }
    }
    return "?/" + username;
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  private boolean tracksDevices(String pool) {
    var config = emulator.describeUserPool(b -> b.userPoolId(pool)).userPool().deviceConfiguration();
    return config != null && (Boolean.TRUE.equals(config.challengeRequiredOnNewDevice())
        || config.deviceOnlyRememberedOnUserPrompt() != null);
  }

  private String poolOf(String clientId) {
    for (var pool : emulator.listUserPoolsPaginator(b -> b.maxResults(60)).userPools()) {
      for (var c : emulator.listUserPoolClientsPaginator(b -> b.userPoolId(pool.id()).maxResults(60))
          .userPoolClients()) {
        if (c.clientId().equals(clientId)) {
          return pool.id();
        }
      }
    }
    throw ResourceNotFoundException.builder().message("User pool client " + clientId + " does not exist.")
        .statusCode(400).awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException")
            .errorMessage("User pool client " + clientId + " does not exist.").build()).build();
  }

  private UserPoolClientType describeClient(String pool, String clientId) {
    return emulator.describeUserPoolClient(b -> b.userPoolId(pool).clientId(clientId)).userPoolClient();
  }

  private record Exchange(BigInteger b, BigInteger publicB) {}

  /** RFC 5054 section 2.5.3: B = k*v + g^b % N, with a fresh b. */
  private Exchange exchange(BigInteger verifier) {
    for (;;) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      BigInteger b = new BigInteger(1, bytes);
      BigInteger publicB = K.multiply(verifier).add(G.modPow(b, N)).mod(N);
      if (publicB.signum() != 0) {
        return new Exchange(b, publicB);
      }
    }
  }

  private String newSession(Pending p) {
    byte[] bytes = new byte[48];
    random.nextBytes(bytes);
    String session = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    sessions.put(session, p);
    return session;
  }

  private String secretBlock() {
    byte[] bytes = new byte[96];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private String randomName(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static BigInteger verifier(String realm, String userId, String password, BigInteger salt) {
    byte[] inner = sha256((realm + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    BigInteger x = new BigInteger(1, sha256(salt.toByteArray(), inner));
    return G.modPow(x, N);
  }

  private static String poolName(String userPoolId) {
    return userPoolId.substring(userPoolId.indexOf('_') + 1);
  }

  private static BigInteger hex(String value) {
    if (value == null || value.isEmpty() || value.length() > 2048) {
      return null;
    }
    try {
      BigInteger v = new BigInteger(value, 16);
      return v.signum() < 0 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Reply challenge(String name, String session, Map<String, String> parameters) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ChallengeName", name);
    body.put("Session", session);
    body.put("ChallengeParameters", parameters == null ? Map.of() : parameters);
    return Reply.of(200, Json.write(body));
  }

  private static Reply error(String type, String message) {
    return Reply.of("InternalErrorException".equals(type) ? 500 : 400,
        Json.write(Map.of("__type", type, "message", message)));
  }

  private static Reply error(AwsServiceException e) {
    return Reply.of(e.statusCode(), Json.write(Map.of("__type", e.awsErrorDetails().errorCode(), "message",
        e.awsErrorDetails().errorMessage() == null ? "" : e.awsErrorDetails().errorMessage())));
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        d.update(p);
      }
      return d.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Verifier(BigInteger salt, BigInteger verifier) {}

  private enum Kind { SELECT, PASSWORD, DEVICE_START, DEVICE_PROOF, DECOY }

  /** One challenge under way; used once. */
  private record Pending(Kind kind, String pool, String clientId, String username, BigInteger salt,
      BigInteger verifier, BigInteger publicA, BigInteger b, BigInteger publicB, String secretBlock,
      String emulatorSession, String deviceKey, AuthenticationResultType result) {}

  /** A device issued in {@code NewDeviceMetadata}; confirmed once {@code ConfirmDevice} stored its verifier. */
  private static final class Device {
    final String owner;
    final String groupKey;
    final Instant created;
    volatile Instant lastAuthenticated;
    volatile BigInteger salt;
    volatile BigInteger verifier;
    volatile String name;
    volatile boolean remembered;

    Device(String owner, String groupKey, Instant created) {
      this.owner = owner;
      this.groupKey = groupKey;
      this.created = created;
      this.lastAuthenticated = created;
    }

    boolean confirmed() {
      return verifier != null;
    }
  }

  /** The few JSON shapes the replies need: maps, lists, strings, numbers, booleans. */
  private static final class Json {
    private Json() {}

    static String write(Object value) {
      StringBuilder sb = new StringBuilder();
      write(value, sb);
      return sb.toString();
    }

    private static void write(Object value, StringBuilder sb) {
      if (value == null) {
        sb.append("null");
      } else if (value instanceof Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (e.getValue() == null) {
            continue;
          }
          if (!first) {
            sb.append(',');
          }
          first = false;
          string(String.valueOf(e.getKey()), sb);
          sb.append(':');
          write(e.getValue(), sb);
        }
        sb.append('}');
      } else if (value instanceof List<?> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          write(list.get(i), sb);
        }
        sb.append(']');
      } else if (value instanceof Number || value instanceof Boolean) {
        sb.append(value);
      } else {
        string(value.toString(), sb);
      }
    }

    private static void string(String s, StringBuilder sb) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    }
  }
}
