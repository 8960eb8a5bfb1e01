package io.github.cognitokit.auth;

import io.github.cognitokit.auth.internal.Args;
import io.github.cognitokit.auth.internal.Documents;
import io.github.cognitokit.auth.internal.SdkErrors;
import io.github.cognitokit.auth.internal.Srp;
import io.github.cognitokit.auth.internal.UnverifiedClaims;
import io.github.cognitokit.tokens.UserPoolIds;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * Signs users in to a Cognito user pool from code, answers the challenges Cognito asks, refreshes tokens and signs
 * users out. SECRET_HASH is added to every call that needs one, computed from the right user name.
 *
 * <pre>{@code
 * try (CognitoAuth auth = CognitoAuth.builder()
 *     .userPoolId("us-east-1_AbC123")
 *     .clientId("1example23456789")
 *     .clientSecret(secret)                 // if the app client has one
 *     .build()) {                            // the SDK's default credentials and region
 *   AuthResult result = auth.adminPasswordAuth("alice@example.com", password);
 *   if (result instanceof NewPasswordRequired) {
 *     result = ((NewPasswordRequired) result).answer(newPassword);
 *   }
 *   AuthTokens tokens = result.tokens();
 *   AuthTokens later = auth.refresh(tokens);  // hashes the internal user name, not the e-mail alias
 * }
 * }</pre>
 *
 * <p>The other ways in: {@link #srpAuth(String, String)} (SRP, the console's default client flow; with a
 * {@link RememberedDevice} the device proves itself too), {@link #userAuth(String)} (choice-based sign-in: password,
 * e-mail or SMS code, passkey), {@link #customAuth(String)} and {@link #customAuthWithSrp(String, String)}; and the
 * self-service calls ({@link #signUp(String, String, java.util.Map)}, {@link #forgotPassword(String)} ...).
 *
 * <p>Admin flows ({@code adminPasswordAuth}, {@code adminRefresh}, {@code adminGlobalSignOut}) need IAM credentials
 * and the pool id; the user flows need neither. Pass your own {@link CognitoIdentityProviderClient} with
 * {@link Builder#client}; it is then yours to close, otherwise {@link #close()} closes the one built here. Instances
 * are immutable and thread-safe. Failures throw {@link CognitoAuthException} with a {@link CognitoAuthException.Reason}.
 * No password, secret, token, session or SECRET_HASH is ever logged or put in a message.
 */
public final class CognitoAuth implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CognitoAuth.class);

  private final CognitoIdentityProviderClient client;
  private final boolean ownsClient;
  private final String userPoolId;
  private final String clientId;
  private final String clientSecret;
  private final SecretHash hasher;
  private final Clock clock;
  private final RefreshMethod refreshMethod;
  private final Responder responder = new Responder(false, null);
  private final SecureRandom random = new SecureRandom();

  private CognitoAuth(Builder b, CognitoIdentityProviderClient client, boolean ownsClient) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.userPoolId = b.userPoolId;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.hasher = b.clientSecret == null ? null : SecretHash.forClient(b.clientId, b.clientSecret);
    this.clock = b.clock;
    this.refreshMethod = b.refreshMethod;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Signs a user in with {@code ADMIN_USER_PASSWORD_AUTH} (the app client must allow it; needs IAM credentials).
   *
   * @param username the user name or an alias (e-mail, phone) the pool accepts
   * @param password the password
   * @return tokens, or a challenge to answer
   * @throws IllegalArgumentException if the user name is null or blank, or the password null or empty
   * @throws IllegalStateException if no user pool id was configured
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult adminPasswordAuth(String username, String password) {
    requireName(username);
    require(password, "password");
    String pool = requirePool("adminPasswordAuth");
    Map<String, String> params = credentials(username, password);
    LOG.debug("AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH for user {} with client {}", username, clientId);
    var r = call("AdminInitiateAuth", false, () -> client.adminInitiateAuth(b -> b.userPoolId(pool).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(params)));
    return result(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult(), username,
        true, null, null);
  }

  /**
   * Signs a user in with {@code USER_PASSWORD_AUTH} (the app client must allow it; no IAM credentials needed).
   *
   * @param username the user name or an alias the pool accepts
   * @param password the password
   * @return tokens, or a challenge to answer
   * @throws IllegalArgumentException if the user name is null or blank, or the password null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult passwordAuth(String username, String password) {
    return passwordAuth(username, password, null);
  }

  /**
   * Signs a user in with {@code USER_PASSWORD_AUTH} from a remembered device: the device key goes with the request,
   * and a {@code DEVICE_SRP_AUTH} challenge is answered with the device's SRP exchange before this returns.
   *
   * @param username the user name or an alias the pool accepts
   * @param password the password
   * @param device the device from {@link #confirmDevice(AuthTokens, String)}; null for none
   * @return tokens, or a challenge to answer
   * @throws IllegalArgumentException if the user name is null or blank, or the password null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult passwordAuth(String username, String password, RememberedDevice device) {
    requireName(username);
    require(password, "password");
    Map<String, String> params = credentials(username, password);
    if (device != null) {
      params.put("DEVICE_KEY", device.deviceKey());
    }
    LOG.debug("InitiateAuth USER_PASSWORD_AUTH for user {} with client {}", username, clientId);
    var r = call("InitiateAuth", false, () -> client.initiateAuth(b -> b.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(params)));
    return result(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult(), username,
        false, null, device);
  }

  /**
   * Signs a user in with {@code USER_SRP_AUTH}, the Secure Remote Password protocol that the console's default app
   * client allows: the password never leaves this process. Runs both steps ({@code InitiateAuth} with {@code SRP_A},
   * then the {@code PASSWORD_VERIFIER} answer with the signed claim and the internal user name), and returns tokens
   * or the next challenge (new password, MFA) like the other flows. Needs the user pool id (its name part enters
   * the proof) but no IAM credentials.
   *
   * @param username the user name or an alias the pool accepts
   * @param password the password
   * @return tokens, or a challenge to answer
   * @throws IllegalArgumentException if the user name is null or blank, or the password null or empty
   * @throws IllegalStateException if no user pool id was configured
   * @throws CognitoAuthException if Cognito refuses ({@code NOT_AUTHORIZED} for a wrong password), or
   *     {@code INVALID_CHALLENGE} if its SRP parameters are malformed or forged
   */
  public AuthResult srpAuth(String username, String password) {
    return srpAuth(username, password, null);
  }

  /**
   * Signs a user in with {@code USER_SRP_AUTH} from a remembered device: the device key goes with both steps, and
   * when Cognito asks the device to prove itself ({@code DEVICE_SRP_AUTH}, instead of an MFA code) this method
   * answers with the device's own SRP exchange before returning.
   *
   * @param username the user name or an alias the pool accepts
   * @param password the password
   * @param device the device from {@link #confirmDevice(AuthTokens, String)}; null for none
   * @return tokens, or a challenge to answer
   * @throws IllegalArgumentException if the user name is null or blank, or the password null or empty
   * @throws IllegalStateException if no user pool id was configured
   * @throws CognitoAuthException if Cognito refuses, or {@code INVALID_CHALLENGE} as above
   */
  public AuthResult srpAuth(String username, String password, RememberedDevice device) {
    requireName(username);
    require(password, "password");
    String pool = requirePool("srpAuth");
    Srp.Ephemeral ephemeral = Srp.ephemeral(random);
    Map<String, String> params = new HashMap<>();
    params.put("USERNAME", username);
    params.put("SRP_A", ephemeral.publicHex());
    if (hasher != null) {
      params.put("SECRET_HASH", hasher.hash(username));
    }
    if (device != null) {
      params.put("DEVICE_KEY", device.deviceKey());
    }
    LOG.debug("InitiateAuth USER_SRP_AUTH for user {} with client {}", username, clientId);
    var r = call("InitiateAuth", false, () -> client.initiateAuth(b -> b.clientId(clientId)
        .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(params)));
    Step step = new Step(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult());
    return passwordVerifier(step, username, false, ephemeral, password, pool, device);
  }

  /**
   * Answers {@code PASSWORD_VERIFIER} with the SRP claim, or hands any other step to {@link #result}.
   */
  private AuthResult passwordVerifier(Step step, String usernameSoFar, boolean admin, Srp.Ephemeral ephemeral,
      String password, String pool, RememberedDevice device) {
    if (!"PASSWORD_VERIFIER".equals(step.challengeName())) {
      return result(step, usernameSoFar, admin, null, device);
    }
    Map<String, String> p = step.parameters();
    String userId = p.get("USER_ID_FOR_SRP");
    if (userId == null || userId.isEmpty()) {
      throw invalidChallenge("PASSWORD_VERIFIER", "USER_ID_FOR_SRP is missing");
    }
    Claim claim = claim("PASSWORD_VERIFIER", ephemeral, UserPoolIds.poolName(pool), userId, password, p);
    Map<String, String> responses = claim.responses();
    responses.put("USERNAME", userId);
    if (hasher != null) {
      responses.put("SECRET_HASH", hasher.hash(userId));
    }
    if (device != null) {
      responses.put("DEVICE_KEY", device.deviceKey());
    }
    LOG.debug("Answering PASSWORD_VERIFIER for user {}", userId);
    return result(respondStep(admin, "PASSWORD_VERIFIER", step.session(), responses), userId, admin, null, device);
  }

  /** The signed SRP claim for a PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER answer. */
  private record Claim(String secretBlock, String timestamp, String signature) {
    Map<String, String> responses() {
      Map<String, String> m = new HashMap<>();
      m.put("PASSWORD_CLAIM_SECRET_BLOCK", secretBlock);
      m.put("TIMESTAMP", timestamp);
      m.put("PASSWORD_CLAIM_SIGNATURE", signature);
      return m;
    }
  }

  private Claim claim(String challenge, Srp.Ephemeral ephemeral, String realm, String userId, String password,
      Map<String, String> p) {
    try {
      BigInteger serverB = Srp.hex(p.get("SRP_B"), "SRP_B");
      BigInteger salt = Srp.hex(p.get("SALT"), "SALT");
      String block = p.get("SECRET_BLOCK");
      if (block == null || block.isEmpty()) {
        throw new Srp.SrpException("SECRET_BLOCK is missing");
      }
      byte[] secretBlock;
      try {
        secretBlock = Base64.getDecoder().decode(block);
      } catch (IllegalArgumentException e) {
        throw new Srp.SrpException("SECRET_BLOCK is not Base64");
      }
      byte[] key = Srp.passwordKey(ephemeral, realm, userId, password, serverB, salt);
      String timestamp = Srp.timestamp(clock.instant());
      return new Claim(block, timestamp, Srp.signature(key, realm, userId, secretBlock, timestamp));
    } catch (Srp.SrpException e) {
      throw invalidChallenge(challenge, e.getMessage());
    }
  }

  private static CognitoAuthException invalidChallenge(String challenge, String what) {
    return new CognitoAuthException(CognitoAuthException.Reason.INVALID_CHALLENGE, "Cognito's " + challenge
        + " challenge cannot be answered: " + what, null, null, null);
  }

  /**
   * Proves a remembered device: {@code DEVICE_SRP_AUTH} with a fresh {@code SRP_A}, then the
   * {@code DEVICE_PASSWORD_VERIFIER} claim signed with the device's password.
   */
  private AuthResult deviceSrp(String session, String username, boolean admin, RememberedDevice device) {
    Srp.Ephemeral ephemeral = Srp.ephemeral(random);
    Map<String, String> start = new HashMap<>();
    start.put("USERNAME", username);
    start.put("DEVICE_KEY", device.deviceKey());
    start.put("SRP_A", ephemeral.publicHex());
    if (hasher != null) {
      start.put("SECRET_HASH", hasher.hash(username));
    }
    LOG.debug("Answering DEVICE_SRP_AUTH for user {} with device {}", username, device.deviceKey());
    Step step = respondStep(admin, "DEVICE_SRP_AUTH", session, start);
    if (!"DEVICE_PASSWORD_VERIFIER".equals(step.challengeName())) {
      return result(step, username, admin, null, null);
    }
    Map<String, String> p = step.parameters();
    String internal = firstNonEmpty(p.get("USERNAME"), username);
    Claim claim = claim("DEVICE_PASSWORD_VERIFIER", ephemeral, device.deviceGroupKey(), device.deviceKey(),
        device.password(), p);
    Map<String, String> responses = claim.responses();
    responses.put("USERNAME", internal);
    responses.put("DEVICE_KEY", device.deviceKey());
    if (hasher != null) {
      responses.put("SECRET_HASH", hasher.hash(internal));
    }
    // A second DEVICE_SRP_AUTH after a proof would loop: result() refuses it without a device.
    return result(respondStep(admin, "DEVICE_PASSWORD_VERIFIER", step.session(), responses), internal, admin,
        null, null);
  }

  /**
   * Remembers the device Cognito started tracking with a sign-in ({@code ConfirmDevice}): makes the device's random
   * password, salt and SRP verifier here, sends Cognito the verifier only, and returns the device with its password
   * for you to store. Pass it to {@link #srpAuth(String, String, RememberedDevice)} on later sign-ins.
   *
   * @param tokens the tokens of the sign-in that returned {@link AuthTokens#newDevice()}
   * @param deviceName a name the user recognises the device by; may be null
   * @return the device to store, and whether the user must still agree to remember it
   * @throws IllegalArgumentException if tokens is null or carries no new device
   * @throws CognitoAuthException if Cognito refuses
   */
  public ConfirmedDevice confirmDevice(AuthTokens tokens, String deviceName) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens must not be null");
    }
    NewDevice nd = tokens.newDevice().orElseThrow(() -> new IllegalArgumentException("tokens carry no new device:"
        + " the pool does not track devices, or the sign-in used a remembered device"));
    Srp.DeviceVerifier v = Srp.deviceVerifier(nd.deviceGroupKey(), nd.deviceKey(), random);
    Base64.Encoder b64 = Base64.getEncoder();
    var r = call("ConfirmDevice", false, () -> client.confirmDevice(b -> {
      b.accessToken(tokens.accessToken()).deviceKey(nd.deviceKey()).deviceSecretVerifierConfig(c -> c
          .passwordVerifier(b64.encodeToString(v.verifier())).salt(b64.encodeToString(v.salt())));
      if (deviceName != null) {
        b.deviceName(deviceName);
      }
    }));
    LOG.debug("Device {} confirmed for user {}", nd.deviceKey(), tokens.username());
    return new ConfirmedDevice(RememberedDevice.of(nd.deviceKey(), nd.deviceGroupKey(), v.password()),
        Boolean.TRUE.equals(r.userConfirmationNecessary()));
  }

  /**
   * Marks one of the signed-in user's devices as remembered or not ({@code UpdateDeviceStatus}). A device that is
   * not remembered stays known but no longer skips MFA.
   *
   * @param accessToken the user's access token
   * @param deviceKey the device key
   * @param remembered true to remember it
   * @throws IllegalArgumentException if the token or key is null or empty
   * @throws CognitoAuthException if Cognito refuses ({@code RESOURCE_NOT_FOUND} for an unknown device)
   */
  public void updateDeviceStatus(String accessToken, String deviceKey, boolean remembered) {
    require(accessToken, "accessToken");
    require(deviceKey, "deviceKey");
    call("UpdateDeviceStatus", false, () -> client.updateDeviceStatus(b -> b.accessToken(accessToken)
        .deviceKey(deviceKey).deviceRememberedStatus(remembered ? DeviceRememberedStatusType.REMEMBERED
            : DeviceRememberedStatusType.NOT_REMEMBERED)));
  }

  /**
   * Forgets one of the signed-in user's devices ({@code ForgetDevice}); its key no longer signs in.
   *
   * @param accessToken the user's access token
   * @param deviceKey the device key
   * @throws IllegalArgumentException if the token or key is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public void forgetDevice(String accessToken, String deviceKey) {
    require(accessToken, "accessToken");
    require(deviceKey, "deviceKey");
    call("ForgetDevice", false, () -> client.forgetDevice(b -> b.accessToken(accessToken).deviceKey(deviceKey)));
  }

  /**
   * Lists the signed-in user's devices ({@code ListDevices}, every page).
   *
   * @param accessToken the user's access token
   * @return the devices
   * @throws IllegalArgumentException if the token is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public List<DeviceInfo> listDevices(String accessToken) {
    require(accessToken, "accessToken");
    List<DeviceInfo> out = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      ListDevicesResponse r = call("ListDevices", false, () -> client.listDevices(b -> b.accessToken(accessToken)
          .limit(60).paginationToken(page)));
      if (r.hasDevices()) {
        r.devices().forEach(d -> out.add(device(d)));
      }
      token = r.paginationToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static DeviceInfo device(DeviceType d) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (d.hasDeviceAttributes()) {
      d.deviceAttributes().forEach(a -> attributes.put(a.name(), a.value()));
    }
    return new DeviceInfo(d.deviceKey(), Optional.ofNullable(attributes.get("device_name")),
        "remembered".equals(attributes.get("dev:device_remembered_status")), Collections.unmodifiableMap(attributes),
        Optional.ofNullable(d.deviceCreateDate()), Optional.ofNullable(d.deviceLastAuthenticatedDate()));
  }

  /**
   * Starts choice-based sign-in ({@code USER_AUTH}; the app client must allow {@code ALLOW_USER_AUTH}). Cognito
   * usually answers with a {@link SelectChallenge} listing the factors this user can use (password, password through
   * SRP, e-mail or SMS code, passkey); answer it with one of them.
   *
   * @param username the user name or an alias the pool accepts
   * @return the next step: usually a {@link SelectChallenge}
   * @throws IllegalArgumentException if the user name is null or blank
   * @throws CognitoAuthException if Cognito refuses ({@code FLOW_NOT_ENABLED} without {@code ALLOW_USER_AUTH})
   */
  public AuthResult userAuth(String username) {
    requireName(username);
    return userAuth(username, null, null, null);
  }

  /**
   * Starts choice-based sign-in with a passwordless factor the user prefers ({@code PREFERRED_CHALLENGE}); Cognito
   * goes straight to it when it is available, else offers the choice.
   *
   * @param username the user name or an alias the pool accepts
   * @param preferred {@link FirstFactor#EMAIL_OTP}, {@link FirstFactor#SMS_OTP} or {@link FirstFactor#WEB_AUTHN}
   * @return the next step: a code challenge, a {@link WebAuthnChallenge}, or a {@link SelectChallenge}
   * @throws IllegalArgumentException if the user name is blank, or the factor is null or needs a password
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult userAuth(String username, FirstFactor preferred) {
    requireName(username);
    if (preferred == null || preferred == FirstFactor.PASSWORD || preferred == FirstFactor.PASSWORD_SRP) {
      throw new IllegalArgumentException("preferred must be EMAIL_OTP, SMS_OTP or WEB_AUTHN; for " + preferred
          + " use userAuth(username, factor, password)");
    }
    return userAuth(username, preferred, null, null);
  }

  /**
   * Starts choice-based sign-in with the password ({@code PREFERRED_CHALLENGE} {@code PASSWORD}, or
   * {@code PASSWORD_SRP} with the SRP exchange run for you; SRP needs the user pool id).
   *
   * @param username the user name or an alias the pool accepts
   * @param preferred {@link FirstFactor#PASSWORD} or {@link FirstFactor#PASSWORD_SRP}
   * @param password the password
   * @return tokens, or the next challenge (MFA, or the choice if Cognito does not offer that factor)
   * @throws IllegalArgumentException if the user name is blank, the password empty, or the factor not a password
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult userAuth(String username, FirstFactor preferred, String password) {
    requireName(username);
    require(password, "password");
    if (preferred != FirstFactor.PASSWORD && preferred != FirstFactor.PASSWORD_SRP) {
      throw new IllegalArgumentException("preferred must be PASSWORD or PASSWORD_SRP with a password, was "
          + preferred);
    }
    return userAuth(username, preferred, password, preferred == FirstFactor.PASSWORD_SRP
        ? Srp.ephemeral(random) : null);
  }

  private AuthResult userAuth(String username, FirstFactor preferred, String password, Srp.Ephemeral ephemeral) {
    String pool = ephemeral == null ? null : requirePool("userAuth with PASSWORD_SRP");
    Map<String, String> params = new HashMap<>();
    params.put("USERNAME", username);
    if (hasher != null) {
      params.put("SECRET_HASH", hasher.hash(username));
    }
    if (preferred != null) {
      params.put("PREFERRED_CHALLENGE", preferred.name());
    }
    if (preferred == FirstFactor.PASSWORD) {
      params.put("PASSWORD", password);
    }
    if (ephemeral != null) {
      params.put("SRP_A", ephemeral.publicHex());
    }
    LOG.debug("InitiateAuth USER_AUTH for user {} with client {}, preferring {}", username, clientId, preferred);
    var r = call("InitiateAuth", false, () -> client.initiateAuth(b -> b.clientId(clientId)
        .authFlow(AuthFlowType.USER_AUTH).authParameters(params)));
    if ("SELECT_CHALLENGE".equals(r.challengeNameAsString())) {
      Set<FirstFactor> available = EnumSet.noneOf(FirstFactor.class);
      if (r.hasAvailableChallenges()) {
        r.availableChallengesAsStrings().stream().map(FirstFactor::of).filter(f -> f != null)
            .forEach(available::add);
      }
      Map<String, String> p = r.challengeParameters() == null ? Map.of() : r.challengeParameters();
      return new SelectChallenge(firstNonEmpty(p.get("USERNAME"), username), p, r.session(), responder, available);
    }
    Step step = new Step(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult());
    return ephemeral != null ? passwordVerifier(step, username, false, ephemeral, password, pool, null)
        : result(step, username, false, null, null);
  }

  /**
   * Starts registering a passkey for the signed-in user ({@code StartWebAuthnRegistration}; the pool must have
   * passkeys on and a relying party). Hand the returned options to {@code navigator.credentials.create} in the browser
   * or to the platform authenticator, then pass its answer to {@link #completePasskeyRegistration}.
   *
   * @param accessToken the user's access token
   * @return the WebAuthn credential creation options, as JSON
   * @throws IllegalArgumentException if the token is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public String startPasskeyRegistration(String accessToken) {
    require(accessToken, "accessToken");
    var r = call("StartWebAuthnRegistration", false, () -> client.startWebAuthnRegistration(b -> b
        .accessToken(accessToken)));
    return Documents.toJson(r.credentialCreationOptions());
  }

  /**
   * Completes a passkey registration with the authenticator's answer ({@code CompleteWebAuthnRegistration}).
   *
   * @param accessToken the user's access token
   * @param credentialJson the new {@code PublicKeyCredential} as JSON
   * @throws IllegalArgumentException if an argument is null or empty, or the credential not a JSON object
   * @throws CognitoAuthException if Cognito refuses it
   */
  public void completePasskeyRegistration(String accessToken, String credentialJson) {
    require(accessToken, "accessToken");
    var credential = Documents.fromJson(credentialJson, "credentialJson");
    call("CompleteWebAuthnRegistration", false, () -> client.completeWebAuthnRegistration(b -> b
        .accessToken(accessToken).credential(credential)));
  }

  /**
   * Lists the signed-in user's passkeys ({@code ListWebAuthnCredentials}, every page).
   *
   * @param accessToken the user's access token
   * @return the passkeys
   * @throws IllegalArgumentException if the token is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public List<Passkey> listPasskeys(String accessToken) {
    require(accessToken, "accessToken");
    List<Passkey> out = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      ListWebAuthnCredentialsResponse r = call("ListWebAuthnCredentials", false, () -> client
          .listWebAuthnCredentials(b -> b.accessToken(accessToken).maxResults(20).nextToken(page)));
      if (r.hasCredentials()) {
        r.credentials().forEach(c -> out.add(passkey(c)));
      }
      token = r.nextToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static Passkey passkey(WebAuthnCredentialDescription c) {
    return new Passkey(c.credentialId(), Optional.ofNullable(c.friendlyCredentialName()), c.relyingPartyId(),
        Optional.ofNullable(c.authenticatorAttachment()),
        c.hasAuthenticatorTransports() ? List.copyOf(c.authenticatorTransports()) : List.of(),
        Optional.ofNullable(c.createdAt()));
  }

  /**
   * Deletes one of the signed-in user's passkeys ({@code DeleteWebAuthnCredential}).
   *
   * @param accessToken the user's access token
   * @param credentialId the passkey's credential id
   * @throws IllegalArgumentException if an argument is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public void deletePasskey(String accessToken, String credentialId) {
    require(accessToken, "accessToken");
    require(credentialId, "credentialId");
    call("DeleteWebAuthnCredential", false, () -> client.deleteWebAuthnCredential(b -> b.accessToken(accessToken)
        .credentialId(credentialId)));
  }

  /**
   * Starts Lambda-defined custom authentication ({@code CUSTOM_AUTH} through {@code InitiateAuth}; the app client must
   * allow {@code ALLOW_CUSTOM_AUTH}). The pool's define-, create- and verify-auth-challenge triggers decide what is
   * asked; answer each {@link CustomChallenge} with {@link CustomChallenge#answer(Map)} (SECRET_HASH and the
   * internal user name are added for you) until tokens come back.
   *
   * @param username the user name or an alias the pool accepts
   * @return the first challenge, or tokens if the triggers ask nothing
   * @throws IllegalArgumentException if the user name is null or blank
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult customAuth(String username) {
    requireName(username);
    Map<String, String> params = customParameters(username);
    LOG.debug("InitiateAuth CUSTOM_AUTH for user {} with client {}", username, clientId);
    var r = call("InitiateAuth", false, () -> client.initiateAuth(b -> b.clientId(clientId)
        .authFlow(AuthFlowType.CUSTOM_AUTH).authParameters(params)));
    return result(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult(), username,
        false, null, null);
  }

  /**
   * Starts custom authentication that begins with the password through SRP ({@code CUSTOM_AUTH} with
   * {@code CHALLENGE_NAME=SRP_A}): the define-auth-challenge trigger sees the SRP step first, this method answers
   * {@code PASSWORD_VERIFIER} with the proof, and returns what the triggers ask next (a {@link CustomChallenge}) or
   * tokens. Needs the user pool id.
   *
   * @param username the user name or an alias the pool accepts
   * @param password the password
   * @return the next custom challenge, or tokens
   * @throws IllegalArgumentException if the user name is null or blank, or the password null or empty
   * @throws IllegalStateException if no user pool id was configured
   * @throws CognitoAuthException if Cognito refuses, or {@code INVALID_CHALLENGE} for forged SRP parameters
   */
  public AuthResult customAuthWithSrp(String username, String password) {
    requireName(username);
    require(password, "password");
    String pool = requirePool("customAuthWithSrp");
    Srp.Ephemeral ephemeral = Srp.ephemeral(random);
    Map<String, String> params = customParameters(username);
    params.put("CHALLENGE_NAME", "SRP_A");
    params.put("SRP_A", ephemeral.publicHex());
    LOG.debug("InitiateAuth CUSTOM_AUTH with SRP_A for user {} with client {}", username, clientId);
    var r = call("InitiateAuth", false, () -> client.initiateAuth(b -> b.clientId(clientId)
        .authFlow(AuthFlowType.CUSTOM_AUTH).authParameters(params)));
    Step step = new Step(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult());
    return passwordVerifier(step, username, false, ephemeral, password, pool, null);
  }

  /**
   * Starts Lambda-defined custom authentication through the admin API ({@code AdminInitiateAuth}, IAM credentials).
   *
   * @param username the user name or an alias the pool accepts
   * @return the first challenge, or tokens if the triggers ask nothing
   * @throws IllegalArgumentException if the user name is null or blank
   * @throws IllegalStateException if no user pool id was configured
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthResult adminCustomAuth(String username) {
    requireName(username);
    String pool = requirePool("adminCustomAuth");
    Map<String, String> params = customParameters(username);
    LOG.debug("AdminInitiateAuth CUSTOM_AUTH for user {} with client {}", username, clientId);
    var r = call("AdminInitiateAuth", false, () -> client.adminInitiateAuth(b -> b.userPoolId(pool)
        .clientId(clientId).authFlow(AuthFlowType.CUSTOM_AUTH).authParameters(params)));
    return result(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult(), username,
        true, null, null);
  }

  private Map<String, String> customParameters(String username) {
    Map<String, String> params = new HashMap<>();
    params.put("USERNAME", username);
    if (hasher != null) {
      params.put("SECRET_HASH", hasher.hash(username));
    }
    return params;
  }

  private Map<String, String> credentials(String username, String password) {
    Map<String, String> params = new HashMap<>();
    params.put("USERNAME", username);
    params.put("PASSWORD", password);
    if (hasher != null) {
      params.put("SECRET_HASH", hasher.hash(username));
    }
    return params;
  }

  /**
   * Refreshes tokens the way they were obtained: through the admin API for admin sign-ins, else the user API; with
   * the internal user name from the tokens.
   *
   * @param tokens tokens from a sign-in or an earlier refresh
   * @return new ID and access tokens (and the refresh token)
   * @throws IllegalArgumentException if {@code tokens} is null or has no refresh token
   * @throws CognitoAuthException if Cognito refuses ({@link CognitoAuthException.Reason#REFRESH_TOKEN_INVALID},
   *     ...)
   */
  public AuthTokens refresh(AuthTokens tokens) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens must not be null");
    }
    String refreshToken = tokens.refreshToken().orElseThrow(() ->
        new IllegalArgumentException("tokens has no refresh token"));
    return tokens.admin() && refreshMethod == RefreshMethod.INITIATE_AUTH
        ? adminRefresh(refreshToken, tokens.username()) : refresh(refreshToken, tokens.username());
  }

  /**
   * Refreshes tokens with the configured {@link RefreshMethod}, through the user API.
   *
   * @param refreshToken the refresh token
   * @param username the user's internal user name ({@link AuthTokens#username()}, the access token's
   *     {@code username} claim, or {@code USER_ID_FOR_SRP}); never an alias. May be null only without a client
   *     secret, or with {@link RefreshMethod#GET_TOKENS_FROM_REFRESH_TOKEN}
   * @return new tokens
   * @throws IllegalArgumentException if the refresh token is empty, or the user name is missing where needed
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthTokens refresh(String refreshToken, String username) {
    require(refreshToken, "refreshToken");
    if (refreshMethod == RefreshMethod.GET_TOKENS_FROM_REFRESH_TOKEN) {
      var r = call("GetTokensFromRefreshToken", true, () -> client.getTokensFromRefreshToken(b -> {
        b.refreshToken(refreshToken).clientId(clientId);
        if (clientSecret != null) {
          b.clientSecret(clientSecret);
        }
      }));
      return tokens(r.authenticationResult(), username, false, refreshToken);
    }
    Map<String, String> params = refreshParameters(refreshToken, username);
    var r = call("InitiateAuth", true, () -> client.initiateAuth(b -> b.clientId(clientId)
        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(params)));
    return tokens(r.authenticationResult(), username, false, refreshToken);
  }

  /**
   * Refreshes tokens through the admin API ({@code AdminInitiateAuth} with {@code REFRESH_TOKEN_AUTH}).
   *
   * @param refreshToken the refresh token
   * @param username the user's internal user name, as for {@link #refresh(String, String)}
   * @return new tokens
   * @throws IllegalArgumentException if the refresh token is empty, or the user name is missing where needed
   * @throws IllegalStateException if no user pool id was configured
   * @throws CognitoAuthException if Cognito refuses
   */
  public AuthTokens adminRefresh(String refreshToken, String username) {
    require(refreshToken, "refreshToken");
    String pool = requirePool("adminRefresh");
    Map<String, String> params = refreshParameters(refreshToken, username);
    var r = call("AdminInitiateAuth", true, () -> client.adminInitiateAuth(b -> b.userPoolId(pool).clientId(clientId)
        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(params)));
    return tokens(r.authenticationResult(), username, true, refreshToken);
  }

  private Map<String, String> refreshParameters(String refreshToken, String username) {
    Map<String, String> params = new HashMap<>();
    params.put("REFRESH_TOKEN", refreshToken);
    if (hasher != null) {
      if (username == null || username.isEmpty()) {
        throw new IllegalArgumentException("username (the internal user name) is required to refresh with a client"
            + " secret");
      }
      params.put("SECRET_HASH", hasher.hash(username));
    }
    return params;
  }

  /**
   * Signs the user out of every device: revokes all their refresh tokens ({@code GlobalSignOut}).
   *
   * @param accessToken the user's access token
   * @throws IllegalArgumentException if it is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public void globalSignOut(String accessToken) {
    require(accessToken, "accessToken");
    call("GlobalSignOut", false, () -> client.globalSignOut(b -> b.accessToken(accessToken)));
  }

  /**
   * Signs a user out of every device as an administrator ({@code AdminUserGlobalSignOut}).
   *
   * @param username the user name
   * @throws IllegalArgumentException if it is null or blank
   * @throws IllegalStateException if no user pool id was configured
   * @throws CognitoAuthException if Cognito refuses
   */
  public void adminGlobalSignOut(String username) {
    requireName(username);
    String pool = requirePool("adminGlobalSignOut");
    call("AdminUserGlobalSignOut", false, () -> client.adminUserGlobalSignOut(b -> b.userPoolId(pool)
        .username(username)));
  }

  /**
   * Revokes one refresh token and the access tokens issued from it ({@code RevokeToken}; the app client must have
   * token revocation enabled).
   *
   * @param refreshToken the refresh token
   * @throws IllegalArgumentException if it is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public void revoke(String refreshToken) {
    require(refreshToken, "refreshToken");
    call("RevokeToken", true, () -> client.revokeToken(b -> {
      b.token(refreshToken).clientId(clientId);
      if (clientSecret != null) {
        b.clientSecret(clientSecret);
      }
    }));
  }

  /**
   * Signs a new user up ({@code SignUp}; the pool must allow self sign-up). Sends SECRET_HASH for a client with a
   * secret.
   *
   * @param username the new user name (or the e-mail address where the pool signs in with it)
   * @param password the password; the pool's password policy applies
   * @param attributes attributes to set, by name ({@code email}, {@code name}, {@code custom:tenant}); may be empty
   * @return the new user's {@code sub}, whether it is confirmed, and where the confirmation code went
   * @throws IllegalArgumentException if the user name is blank, the password empty, or attributes null
   * @throws CognitoAuthException {@code USERNAME_EXISTS}, {@code INVALID_PASSWORD}, {@code INVALID_PARAMETER} ...
   */
  public SignUpResult signUp(String username, String password, Map<String, String> attributes) {
    return signUp(username, password, attributes, Map.of());
  }

  /**
   * Signs a new user up with validation data for a pre-sign-up trigger ({@code SignUp}).
   *
   * @param username the new user name
   * @param password the password
   * @param attributes attributes to set, by name; may be empty
   * @param validationData data only the pre-sign-up trigger sees; may be empty
   * @return the new user's {@code sub}, whether it is confirmed, and where the confirmation code went
   * @throws IllegalArgumentException if the user name is blank, the password empty, or a map null
   * @throws CognitoAuthException if Cognito refuses
   */
  public SignUpResult signUp(String username, String password, Map<String, String> attributes,
      Map<String, String> validationData) {
    requireName(username);
    require(password, "password");
    requireMap(attributes, "attributes");
    requireMap(validationData, "validationData");
    var r = call("SignUp", false, () -> client.signUp(b -> {
      b.clientId(clientId).username(username).password(password).userAttributes(attributeTypes(attributes));
      if (!validationData.isEmpty()) {
        b.validationData(attributeTypes(validationData));
      }
      if (hasher != null) {
        b.secretHash(hasher.hash(username));
      }
    }));
    return new SignUpResult(r.userSub(), Boolean.TRUE.equals(r.userConfirmed()),
        CodeDelivery.of(r.codeDeliveryDetails()));
  }

  /**
   * Confirms a sign-up with the code the user received ({@code ConfirmSignUp}).
   *
   * @param username the user name given at sign-up
   * @param code the confirmation code
   * @throws IllegalArgumentException if the user name is blank or the code empty
   * @throws CognitoAuthException {@code CODE_MISMATCH}, {@code CODE_EXPIRED}, {@code USER_NOT_FOUND} ...
   */
  public void confirmSignUp(String username, String code) {
    requireName(username);
    require(code, "code");
    call("ConfirmSignUp", false, () -> client.confirmSignUp(b -> {
      b.clientId(clientId).username(username).confirmationCode(code);
      if (hasher != null) {
        b.secretHash(hasher.hash(username));
      }
    }));
  }

  /**
   * Sends the sign-up confirmation code again ({@code ResendConfirmationCode}).
   *
   * @param username the user name given at sign-up
   * @return where the code went, if Cognito says
   * @throws IllegalArgumentException if the user name is blank
   * @throws CognitoAuthException if Cognito refuses
   */
  public Optional<CodeDelivery> resendConfirmationCode(String username) {
    requireName(username);
    var r = call("ResendConfirmationCode", false, () -> client.resendConfirmationCode(b -> {
      b.clientId(clientId).username(username);
      if (hasher != null) {
        b.secretHash(hasher.hash(username));
      }
    }));
    return CodeDelivery.of(r.codeDeliveryDetails());
  }

  /**
   * Starts a password reset: Cognito sends the user a code by the pool's account-recovery setting
   * ({@code ForgotPassword}).
   *
   * @param username the user name or an alias the pool accepts
   * @return where the code went, if Cognito says (pools that hide user existence answer the same for unknown users)
   * @throws IllegalArgumentException if the user name is blank
   * @throws CognitoAuthException if Cognito refuses
   */
  public Optional<CodeDelivery> forgotPassword(String username) {
    requireName(username);
    var r = call("ForgotPassword", false, () -> client.forgotPassword(b -> {
      b.clientId(clientId).username(username);
      if (hasher != null) {
        b.secretHash(hasher.hash(username));
      }
    }));
    return CodeDelivery.of(r.codeDeliveryDetails());
  }

  /**
   * Completes a password reset with the code the user received ({@code ConfirmForgotPassword}).
   *
   * @param username the user name used in {@link #forgotPassword(String)}
   * @param code the code
   * @param newPassword the new password; the pool's password policy applies
   * @throws IllegalArgumentException if the user name is blank, or the code or password empty
   * @throws CognitoAuthException {@code CODE_MISMATCH}, {@code CODE_EXPIRED}, {@code INVALID_PASSWORD} ...
   */
  public void confirmForgotPassword(String username, String code, String newPassword) {
    requireName(username);
    require(code, "code");
    require(newPassword, "newPassword");
    call("ConfirmForgotPassword", false, () -> client.confirmForgotPassword(b -> {
      b.clientId(clientId).username(username).confirmationCode(code).password(newPassword);
      if (hasher != null) {
        b.secretHash(hasher.hash(username));
      }
    }));
  }

  /**
   * Changes a signed-in user's password ({@code ChangePassword}).
   *
   * @param accessToken the user's access token
   * @param previousPassword the current password
   * @param proposedPassword the new password
   * @throws IllegalArgumentException if an argument is null or empty
   * @throws CognitoAuthException {@code NOT_AUTHORIZED} (wrong current password), {@code INVALID_PASSWORD} ...
   */
  public void changePassword(String accessToken, String previousPassword, String proposedPassword) {
    require(accessToken, "accessToken");
    require(previousPassword, "previousPassword");
    require(proposedPassword, "proposedPassword");
    call("ChangePassword", false, () -> client.changePassword(b -> b.accessToken(accessToken)
        .previousPassword(previousPassword).proposedPassword(proposedPassword)));
  }

  /**
   * Reads a signed-in user's own account ({@code GetUser}).
   *
   * @param accessToken the user's access token (with the {@code aws.cognito.signin.user.admin} scope)
   * @return the user name, attributes and MFA settings
   * @throws IllegalArgumentException if it is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public UserProfile getUser(String accessToken) {
    require(accessToken, "accessToken");
    var r = call("GetUser", false, () -> client.getUser(b -> b.accessToken(accessToken)));
    Map<String, String> attributes = new LinkedHashMap<>();
    r.userAttributes().forEach(a -> attributes.put(a.name(), a.value()));
    return new UserProfile(r.username(), Collections.unmodifiableMap(attributes),
        r.hasUserMFASettingList() ? List.copyOf(r.userMFASettingList()) : List.of(), r.preferredMfaSetting());
  }

  /**
   * Changes a signed-in user's attributes ({@code UpdateUserAttributes}). Where a changed attribute needs
   * verification (e-mail, phone), Cognito sends a code: confirm it with
   * {@link #verifyUserAttribute(String, String, String)}.
   *
   * @param accessToken the user's access token
   * @param attributes the attributes to set, by name; not empty
   * @return where verification codes went, one per attribute that needs one
   * @throws IllegalArgumentException if the token is empty or the attributes null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public List<CodeDelivery> updateUserAttributes(String accessToken, Map<String, String> attributes) {
    require(accessToken, "accessToken");
    requireMap(attributes, "attributes");
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("attributes must name at least one attribute");
    }
    var r = call("UpdateUserAttributes", false, () -> client.updateUserAttributes(b -> b.accessToken(accessToken)
        .userAttributes(attributeTypes(attributes))));
    return r.hasCodeDeliveryDetailsList() ? r.codeDeliveryDetailsList().stream().map(CodeDelivery::of)
        .flatMap(Optional::stream).toList() : List.of();
  }

  /**
   * Confirms a changed attribute with the code Cognito sent ({@code VerifyUserAttribute}).
   *
   * @param accessToken the user's access token
   * @param attribute the attribute, such as {@code email}
   * @param code the code
   * @throws IllegalArgumentException if an argument is null or empty
   * @throws CognitoAuthException {@code CODE_MISMATCH}, {@code CODE_EXPIRED} ...
   */
  public void verifyUserAttribute(String accessToken, String attribute, String code) {
    require(accessToken, "accessToken");
    require(attribute, "attribute");
    require(code, "code");
    call("VerifyUserAttribute", false, () -> client.verifyUserAttribute(b -> b.accessToken(accessToken)
        .attributeName(attribute).code(code)));
  }

  /**
   * Deletes the signed-in user's own account ({@code DeleteUser}).
   *
   * @param accessToken the user's access token
   * @throws IllegalArgumentException if it is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public void deleteUser(String accessToken) {
    require(accessToken, "accessToken");
    call("DeleteUser", false, () -> client.deleteUser(b -> b.accessToken(accessToken)));
  }

  private static List<AttributeType> attributeTypes(Map<String, String> values) {
    List<AttributeType> list = new ArrayList<>();
    values.forEach((name, value) -> {
      if (name == null || name.isBlank() || value == null) {
        throw new IllegalArgumentException("attribute names must not be blank and values not null: " + name);
      }
      list.add(AttributeType.builder().name(name).value(value).build());
    });
    return list;
  }

  private static void requireMap(Map<String, String> map, String name) {
    if (map == null) {
      throw new IllegalArgumentException(name + " must not be null; pass an empty map for none");
    }
  }

  /**
   * Starts authenticator-app (TOTP) enrolment for a signed-in user.
   *
   * @param accessToken the user's access token
   * @return the secret to show the user
   * @throws IllegalArgumentException if it is null or empty
   * @throws CognitoAuthException if Cognito refuses
   */
  public TotpSecret associateTotp(String accessToken) {
    require(accessToken, "accessToken");
    AssociateSoftwareTokenResponse r = call("AssociateSoftwareToken", false,
        () -> client.associateSoftwareToken(b -> b.accessToken(accessToken)));
    return new TotpSecret(r.secretCode(), r.session());
  }

  /**
   * Completes authenticator-app enrolment for a signed-in user: verifies a first code and makes TOTP the user's
   * preferred second factor.
   *
   * @param accessToken the user's access token
   * @param code a current code from the app
   * @param deviceName a name for the authenticator; may be null
   * @throws IllegalArgumentException if the token or code is null or empty
   * @throws CognitoAuthException if the code is wrong or Cognito refuses
   */
  public void verifyTotp(String accessToken, String code, String deviceName) {
    require(accessToken, "accessToken");
    require(code, "code");
    VerifySoftwareTokenResponse r = call("VerifySoftwareToken", false, () -> client.verifySoftwareToken(b -> {
      b.accessToken(accessToken).userCode(code);
      if (deviceName != null) {
        b.friendlyDeviceName(deviceName);
      }
    }));
    if (r.status() != null && r.status() != VerifySoftwareTokenResponseType.SUCCESS) {
      throw new CognitoAuthException(CognitoAuthException.Reason.CODE_MISMATCH, "VerifySoftwareToken failed: the"
          + " code was not accepted", null, null, null);
    }
    call("SetUserMFAPreference", false, () -> client.setUserMFAPreference(b -> b.accessToken(accessToken)
        .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true))));
  }

  /** One answer from Cognito: a challenge to answer next, or the authentication result. */
  private record Step(String challengeName, String session, Map<String, String> parameters,
      AuthenticationResultType result) {
    Step {
      parameters = parameters == null ? Map.of() : parameters;
    }
  }

  private AuthResult result(Step step, String usernameSoFar, boolean admin, String refreshFallback,
      RememberedDevice device) {
    return result(step.challengeName(), step.session(), step.parameters(), step.result(), usernameSoFar, admin,
        refreshFallback, device);
  }

  private AuthResult result(String challengeName, String session, Map<String, String> parameters,
      AuthenticationResultType authResult, String usernameSoFar, boolean admin, String refreshFallback,
      RememberedDevice device) {
    if (authResult != null && (challengeName == null || challengeName.isEmpty())) {
      return tokens(authResult, usernameSoFar, admin, refreshFallback);
    }
    if (challengeName == null || challengeName.isEmpty()) {
      throw new CognitoAuthException(CognitoAuthException.Reason.OTHER, "Cognito answered with neither tokens nor a"
          + " challenge", null, null, null);
    }
    Map<String, String> params = parameters == null ? Map.of() : parameters;
    String internal = firstNonEmpty(params.get("USER_ID_FOR_SRP"), params.get("USERNAME"), usernameSoFar);
    LOG.debug("Cognito asks user {} for {}", internal, challengeName);
    Responder r = admin || device != null ? new Responder(admin, device) : responder;
    switch (challengeName) {
      case "DEVICE_SRP_AUTH":
        if (device == null) {
          throw invalidChallenge(challengeName, "it asks a remembered device to prove itself, and none was given");
        }
        return deviceSrp(session, internal, admin, device);
      case "PASSWORD_VERIFIER":
      case "DEVICE_PASSWORD_VERIFIER":
        throw invalidChallenge(challengeName, "it came outside an SRP exchange this client started");
      case "NEW_PASSWORD_REQUIRED": {
        List<String> required = UnverifiedClaims.stringArray(params.get("requiredAttributes"));
        required.replaceAll(a -> a.startsWith("userAttributes.") ? a.substring("userAttributes.".length()) : a);
        return new NewPasswordRequired(internal, params, session, r, required);
      }
      case "SOFTWARE_TOKEN_MFA":
      case "SMS_MFA":
      case "EMAIL_OTP":
      case "SMS_OTP":
        return new MfaCodeChallenge(MfaType.valueOf(challengeName), internal, params, session, r);
      case "WEB_AUTHN":
        return new WebAuthnChallenge(internal, params, session, r);
      case "SELECT_CHALLENGE":
        return new SelectChallenge(internal, params, session, r, EnumSet.noneOf(FirstFactor.class));
      case "SELECT_MFA_TYPE": {
        Set<MfaType> options = EnumSet.noneOf(MfaType.class);
        for (String o : UnverifiedClaims.stringArray(params.get("MFAS_CAN_CHOOSE"))) {
          for (MfaType t : MfaType.values()) {
            if (t.name().equals(o)) {
              options.add(t);
            }
          }
        }
        return new SelectMfaType(internal, params, session, r, options);
      }
      case "MFA_SETUP":
        return new MfaSetup(internal, params, session, r);
      default:
        return new CustomChallenge(challengeName, internal, params, session, r);
    }
  }

  private AuthTokens tokens(AuthenticationResultType r, String usernameSoFar, boolean admin, String refreshFallback) {
    if (r == null || r.accessToken() == null) {
      throw new CognitoAuthException(CognitoAuthException.Reason.OTHER, "Cognito answered without an access token",
          null, null, null);
    }
    String internal = firstNonEmpty(UnverifiedClaims.string(r.accessToken(), "username"),
        UnverifiedClaims.string(r.idToken(), "cognito:username"), usernameSoFar);
    Duration expiresIn = Duration.ofSeconds(r.expiresIn() == null ? 0 : r.expiresIn());
    Instant expiresAt = clock.instant().plus(expiresIn);
    String refresh = r.refreshToken() != null ? r.refreshToken() : refreshFallback;
    LOG.debug("Tokens issued for user {}, valid for {}", internal, expiresIn);
    NewDevice newDevice = r.newDeviceMetadata() == null || r.newDeviceMetadata().deviceKey() == null ? null
        : new NewDevice(r.newDeviceMetadata().deviceKey(), r.newDeviceMetadata().deviceGroupKey());
    return new AuthTokens(r.idToken(), r.accessToken(), refresh, expiresAt, expiresIn,
        r.tokenType() == null ? "Bearer" : r.tokenType(), internal, admin, newDevice);
  }

  private <T> T call(String operation, boolean refresh, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      CognitoAuthException mapped = SdkErrors.map(operation, refresh, e);
      LOG.debug("{}", mapped.getMessage());
      throw mapped;
    }
  }

  private String requirePool(String method) {
    if (userPoolId == null) {
      throw new IllegalStateException(method + " needs the user pool id: set userPoolId(...) on the builder");
    }
    return userPoolId;
  }

  /** A user name: Cognito has none that is blank, so a blank one is the caller's mistake, not a sign-in to try. */
  private static void requireName(String username) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be null or blank");
    }
  }

  private static void require(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be null or empty");
    }
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  /** Closes the SDK client if this instance built it; a client you passed in stays open. */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  @Override
  public String toString() {
    return "CognitoAuth{userPoolId=" + userPoolId + ", clientId=" + clientId + ", clientSecret="
        + (clientSecret == null ? "none" : "***") + ", refresh=" + refreshMethod + "}";
  }

  /** Sends one challenge answer through the user or the admin API. */
  private Step respondStep(boolean admin, String name, String session, Map<String, String> responses) {
    if (admin) {
      String pool = requirePool("a challenge answer of an admin sign-in");
      var r = call("AdminRespondToAuthChallenge", false, () -> client.adminRespondToAuthChallenge(b -> b
          .userPoolId(pool).clientId(clientId).challengeName(name).session(session).challengeResponses(responses)));
      return new Step(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult());
    }
    var r = call("RespondToAuthChallenge", false, () -> client.respondToAuthChallenge(b -> b.clientId(clientId)
        .challengeName(name).session(session).challengeResponses(responses)));
    return new Step(r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult());
  }

  /** Answers challenges for either the user or the admin API, carrying a remembered device forward. */
  private final class Responder implements AuthChallenge.ChallengeResponder {
    private final boolean admin;
    private final RememberedDevice device;

    private Responder(boolean admin, RememberedDevice device) {
      this.admin = admin;
      this.device = device;
    }

    @Override
    public AuthResult respond(AuthChallenge challenge, Map<String, String> responses) {
      return send(challenge, responses, challenge.session);
    }

    private AuthResult send(AuthChallenge challenge, Map<String, String> responses, String session) {
      Map<String, String> all = new HashMap<>(responses);
      String username = challenge.username();
      if (username != null) {
        all.put("USERNAME", username);
        if (hasher != null) {
          all.put("SECRET_HASH", hasher.hash(username));
        }
      }
      if (device != null) {
        all.put("DEVICE_KEY", device.deviceKey());
      }
      return result(respondStep(admin, challenge.name(), session, all), username, admin, null, device);
    }

    @Override
    public AuthResult select(AuthChallenge challenge, FirstFactor factor, String password) {
      Map<String, String> answer = new HashMap<>();
      answer.put("ANSWER", factor.name());
      if (factor == FirstFactor.PASSWORD) {
        answer.put("PASSWORD", password);
      }
      if (factor != FirstFactor.PASSWORD_SRP) {
        return send(challenge, answer, challenge.session);
      }
      String pool = requirePool("the PASSWORD_SRP answer");
      Srp.Ephemeral ephemeral = Srp.ephemeral(random);
      answer.put("SRP_A", ephemeral.publicHex());
      String username = challenge.username();
      answer.put("USERNAME", username);
      if (hasher != null) {
        answer.put("SECRET_HASH", hasher.hash(username));
      }
      if (device != null) {
        answer.put("DEVICE_KEY", device.deviceKey());
      }
      Step step = respondStep(admin, "SELECT_CHALLENGE", challenge.session, answer);
      return passwordVerifier(step, username, admin, ephemeral, password, pool, device);
    }

    @Override
    public TotpSecret associate(AuthChallenge challenge) {
      AssociateSoftwareTokenResponse r = call("AssociateSoftwareToken", false,
          () -> client.associateSoftwareToken(b -> b.session(challenge.session)));
      return new TotpSecret(r.secretCode(), r.session() != null ? r.session() : challenge.session);
    }

    @Override
    public AuthResult verifyAndRespond(AuthChallenge challenge, TotpSecret secret, String code, String deviceName) {
      VerifySoftwareTokenResponse r = call("VerifySoftwareToken", false, () -> client.verifySoftwareToken(b -> {
        b.session(secret.session).userCode(code);
        if (deviceName != null) {
          b.friendlyDeviceName(deviceName);
        }
      }));
      if (r.status() != null && r.status() != VerifySoftwareTokenResponseType.SUCCESS) {
        throw new CognitoAuthException(CognitoAuthException.Reason.CODE_MISMATCH, "VerifySoftwareToken failed: the"
            + " code was not accepted", null, null, null);
      }
      return send(challenge, Map.of(), r.session() != null ? r.session() : secret.session);
    }
  }

  /** Settings for {@link CognitoAuth}. {@link #build()} checks them; the builder may be reused. */
  public static final class Builder {
    private CognitoIdentityProviderClient client;
    private String userPoolId;
    private String clientId;
    private String clientSecret;
    private Clock clock = Clock.systemUTC();
    private RefreshMethod refreshMethod = RefreshMethod.INITIATE_AUTH;

    private Builder() {}

    /**
     * Uses your SDK client (endpoint, region, credentials, interceptors are yours). You close it.
     *
     * @param client the client
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder client(CognitoIdentityProviderClient client) {
      this.client = Args.notNull(client, "client");
      return this;
    }

    /**
     * Sets the user pool, needed by the admin flows.
     *
     * @param userPoolId for example {@code us-east-1_AbC123}
     * @return this builder
     * @throws IllegalArgumentException if it is not a user pool id
     */
    public Builder userPoolId(String userPoolId) {
      this.userPoolId = UserPoolIds.require(userPoolId, "userPoolId");
      return this;
    }

    /**
     * Sets the app client. Required.
     *
     * @param clientId the app client id
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public Builder clientId(String clientId) {
      this.clientId = Args.text(clientId, "clientId");
      return this;
    }

    /**
     * Sets the app client's secret; SECRET_HASH is then sent wherever Cognito needs it.
     *
     * @param clientSecret the secret
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Args.text(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the clock that {@link AuthTokens#expiresAt()} is computed with. Default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder clock(Clock clock) {
      this.clock = Args.notNull(clock, "clock");
      return this;
    }

    /**
     * Chooses how {@link #refresh(String, String)} works. Default {@link RefreshMethod#INITIATE_AUTH}.
     *
     * @param method the method
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder refreshMethod(RefreshMethod method) {
      this.refreshMethod = Args.notNull(method, "refreshMethod");
      return this;
    }

    /**
     * Builds the instance. Without {@link #client}, builds an SDK client from the default credentials and region
     * chain, which {@link CognitoAuth#close()} closes.
     *
     * @return a new instance
     * @throws IllegalStateException if no client id is set
     */
    public CognitoAuth build() {
      if (clientId == null) {
        throw new IllegalStateException("clientId(...) is required");
      }
      boolean owns = client == null;
      return new CognitoAuth(this, owns ? CognitoIdentityProviderClient.create() : client, owns);
    }
  }
}
