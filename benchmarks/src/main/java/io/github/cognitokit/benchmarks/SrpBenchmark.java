package io.github.cognitokit.benchmarks;

import io.github.cognitokit.auth.CognitoAuth;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The client's cost of one SRP sign-in. {@code cognitoAuthSrp} is {@code CognitoAuth.srpAuth} end to end: a fresh
 * {@code a}, {@code A = g^a}, the SDK request, the proof ({@code g^x} and {@code (B - k g^x)^(a + u x)}), HKDF, the
 * signature and the second request, answered by an in-memory HTTP client so that no network is timed. The baseline
 * {@code plainBigInteger} is the same math written directly with {@code BigInteger.modPow} and JCA calls, without the
 * SDK, and {@code plainBigIntegerWithSdk} that math plus the same two SDK calls on the same in-memory client. The
 * goal: {@code cognitoAuthSrp} is not slower than {@code plainBigIntegerWithSdk} (ratio of times <= 1.0 within the
 * error), and its distance to {@code plainBigInteger} is the SDK's share.
 */
@State(Scope.Benchmark)
public class SrpBenchmark {
  static final BigInteger N = new BigInteger(
      "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
      + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
      + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
      + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
      + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
      + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
      + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
      + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);
  static final BigInteger G = BigInteger.TWO;
  static final String SALT = "8a3f0c9d2b7e41f6a5c8d3e2f1a0b9c8";
  static final String SECRET_BLOCK = Base64.getEncoder().encodeToString(new byte[96]);
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);

  final SecureRandom random = new SecureRandom();
  BigInteger serverB;
  BigInteger k;
  CognitoIdentityProviderClient client;
  CognitoAuth auth;

  /** Builds the SDK client over the in-memory HTTP client and a fixed challenge. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    serverB = new BigInteger(1, bytes(384)).mod(N);
    k = new BigInteger(1, sha256(N.toByteArray(), G.toByteArray()));
    String challenge = "{\"ChallengeName\":\"PASSWORD_VERIFIER\",\"Session\":\"s\",\"ChallengeParameters\":{"
        + "\"SALT\":\"" + SALT + "\",\"SRP_B\":\"" + serverB.toString(16) + "\",\"SECRET_BLOCK\":\"" + SECRET_BLOCK
        + "\",\"USER_ID_FOR_SRP\":\"alice\",\"USERNAME\":\"alice\"}}";
    String tokens = "{\"AuthenticationResult\":{\"AccessToken\":\"eyJhbGciOiJub25lIn0.eyJ1c2VybmFtZSI6ImFsaWNlIn0.\","
        + "\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"},\"ChallengeParameters\":{}}";
    client = CognitoIdentityProviderClient.builder().region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .endpointOverride(URI.create("http://localhost:1")).httpClient(new Canned(challenge, tokens)).build();
    auth = CognitoAuth.builder().client(client).userPoolId("us-east-1_AbCdEf123").clientId("1example23456789")
        .clientSecret("abcdef0123456789abcdef0123456789abcdef0123456789abcd").build();
  }

  /** Closes the client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
  }

  /**
   * {@code CognitoAuth.srpAuth}: the whole client side of one SRP sign-in.
   *
   * @return the result
   */
  @Benchmark
  public Object cognitoAuthSrp() {
    return auth.srpAuth("alice", "Correct-Horse-9");
  }

  /**
   * The same math with plain {@code BigInteger} and JCA calls, no SDK: the baseline.
   *
   * @return the signature
   * @throws Exception never
   */
  @Benchmark
  public String plainBigInteger() throws Exception {
    BigInteger a = new BigInteger(1, bytes(128)).mod(N);
    BigInteger publicA = G.modPow(a, N);
    BigInteger u = new BigInteger(1, sha256(publicA.toByteArray(), serverB.toByteArray()));
    byte[] inner = sha256(("AbCdEf123alice:Correct-Horse-9").getBytes(StandardCharsets.UTF_8));
    BigInteger x = new BigInteger(1, sha256(new BigInteger(SALT, 16).toByteArray(), inner));
    BigInteger s = serverB.subtract(k.multiply(G.modPow(x, N))).mod(N).modPow(a.add(u.multiply(x)), N);
    byte[] prk = hmac(u.toByteArray(), s.toByteArray());
    byte[] key = java.util.Arrays.copyOf(hmac(prk, "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8)), 16);
    String timestamp = TIMESTAMP.format(Instant.now());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    mac.update("AbCdEf123alice".getBytes(StandardCharsets.UTF_8));
    mac.update(Base64.getDecoder().decode(SECRET_BLOCK));
    return Base64.getEncoder().encodeToString(mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8)))
        + publicA.toString(16).length();
  }

  /**
   * The plain math plus the same two SDK calls on the same in-memory client: the baseline with the SDK's share
   * included, so that the ratio isolates our SRP code.
   *
   * @return the signature and the last response
   * @throws Exception never
   */
  @Benchmark
  public Object plainBigIntegerWithSdk() throws Exception {
    var challenge = client.initiateAuth(b -> b.clientId("1example23456789").authFlow("USER_SRP_AUTH")
        .authParameters(java.util.Map.of("USERNAME", "alice", "SRP_A", "02")));
    String signature = plainBigInteger();
    return client.respondToAuthChallenge(b -> b.clientId("1example23456789").challengeName("PASSWORD_VERIFIER")
        .session(challenge.session()).challengeResponses(java.util.Map.of("PASSWORD_CLAIM_SIGNATURE", signature)));
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] sha256(byte[]... parts) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    for (byte[] p : parts) {
      d.update(p);
    }
    return d.digest();
  }

  private static byte[] hmac(byte[] key, byte[] message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message);
  }

  /** Answers InitiateAuth with the challenge and RespondToAuthChallenge with tokens, in memory. */
  static final class Canned implements SdkHttpClient {
    private final byte[] challenge;
    private final byte[] tokens;

    Canned(String challenge, String tokens) {
      this.challenge = challenge.getBytes(StandardCharsets.UTF_8);
      this.tokens = tokens.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
      byte[] body = target.endsWith(".InitiateAuth") ? challenge : tokens;
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() {
          return HttpExecuteResponse.builder().response(SdkHttpResponse.builder().statusCode(200)
              .putHeader("Content-Type", "application/x-amz-json-1.1").build())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
        }

        @Override
        public void abort() {}
      };
    }

    @Override
    public void close() {}
  }
}
