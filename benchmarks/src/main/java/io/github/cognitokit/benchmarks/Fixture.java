package io.github.cognitokit.benchmarks;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The work every implementation does: 1,000 distinct Cognito-shaped access tokens signed with one key, and each
 * implementation configured to check signature, issuer, expiry, token use and client where it can.
 */
final class Fixture {
  static final String POOL_ID = "us-east-1_BenchPool1";
  static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/" + POOL_ID;
  static final String CLIENT = "bench-client-id";
  static final String KID = "bench-key-1";
  static final int TOKENS = 1000;

  final String alg;
  final KeyPair pair;
  final String jwks;
  final String[] tokens = new String[TOKENS];
  final byte[][] signingInputs = new byte[TOKENS][];
  final byte[][] signatures = new byte[TOKENS][];

  Fixture(String alg) throws Exception {
    this.alg = alg;
    if (alg.startsWith("RS")) {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      pair = g.generateKeyPair();
      jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyID(KID)
          .algorithm(JWSAlgorithm.RS256).keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE).build()).toString();
    } else {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      pair = g.generateKeyPair();
      jwks = new JWKSet(new ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256, (ECPublicKey) pair.getPublic())
          .keyID(KID).algorithm(JWSAlgorithm.ES256).keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE).build()).toString();
    }
    long now = Instant.now().getEpochSecond();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString(("{\"kid\":\"" + KID + "\",\"alg\":\"" + alg + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < TOKENS; i++) {
      String payload = "{\"sub\":\"" + java.util.UUID.randomUUID() + "\",\"cognito:groups\":[\"users\"],\"iss\":\""
          + ISSUER + "\",\"version\":2,\"client_id\":\"" + CLIENT + "\",\"origin_jti\":\"" + java.util.UUID.randomUUID()
          + "\",\"event_id\":\"" + java.util.UUID.randomUUID() + "\",\"token_use\":\"access\",\"scope\":"
          + "\"aws.cognito.signin.user.admin\",\"auth_time\":" + now + ",\"exp\":" + (now + 86_400) + ",\"iat\":"
          + now + ",\"jti\":\"" + java.util.UUID.randomUUID() + "\",\"username\":\"user-" + i + "\"}";
      String input = header + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
      Signature s = Signature.getInstance(jca());
      s.initSign(pair.getPrivate());
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      byte[] sig = s.sign();
      tokens[i] = input + "." + b64.encodeToString(sig);
      signingInputs[i] = input.getBytes(StandardCharsets.US_ASCII);
      signatures[i] = sig;
    }
  }

  /**
   * The floor's work for token {@code i}: a bare signature check on pre-decoded bytes with a ready key.
   *
   * @param engine a ready engine of {@link #jca()}, from any provider
   * @param i the token index
   * @return the result
   * @throws Exception never for these tokens
   */
  boolean floor(Signature engine, int i) throws Exception {
    engine.initVerify(pair.getPublic());
    engine.update(signingInputs[i]);
    return engine.verify(signatures[i]);
  }

  String jca() {
    return alg.equals("RS256") ? "SHA256withRSA" : "SHA256withECDSAinP1363Format";
  }

  /** Cognito Kit on the JDK's own provider, whatever else is on the class path, so the floor comparison is fair. */
  CognitoJwtVerifier cognitoKit(long verifiedTokenCache) throws Exception {
    return cognitoKit(verifiedTokenCache, Signature.getInstance(jca()).getProvider());
  }

  /** Cognito Kit on a given provider; null lets the verifier pick (ACCP when present). */
  CognitoJwtVerifier cognitoKit(long verifiedTokenCache, java.security.Provider provider) {
    CognitoJwtVerifier.Builder b = CognitoJwtVerifier.builder().userPoolId(POOL_ID).tokenUse(TokenUse.ACCESS)
        .clientId(CLIENT).verifiedTokenCache(verifiedTokenCache);
    if (provider != null) {
      b.signatureProvider(provider);
    }
    CognitoJwtVerifier v = b.build();
    v.preload(jwks);
    return v;
  }

  DefaultJWTProcessor<SecurityContext> nimbus() throws Exception {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.parse(alg),
        new ImmutableJWKSet<>(JWKSet.parse(jwks))));
    Set<String> required = new HashSet<>(List.of("exp", "sub", "token_use"));
    p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(ISSUER)
        .claim("token_use", "access").claim("client_id", CLIENT).build(), required));
    return p;
  }

  NimbusJwtDecoder spring() throws Exception {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.parse(alg),
        new ImmutableJWKSet<>(JWKSet.parse(jwks))));
    p.setJWTClaimsSetVerifier((claims, context) -> { });
    NimbusJwtDecoder decoder = new NimbusJwtDecoder(p);
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
    return decoder;
  }

  JWTVerifier auth0() {
    Algorithm algorithm = alg.equals("RS256")
        ? Algorithm.RSA256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) null)
        : Algorithm.ECDSA256((ECPublicKey) pair.getPublic(), (ECPrivateKey) null);
    return JWT.require(algorithm).withIssuer(ISSUER).withClaim("token_use", "access").withClaim("client_id", CLIENT)
        .build();
  }

  JwtConsumer jose4j() {
    return new JwtConsumerBuilder().setVerificationKey(pair.getPublic()).setExpectedIssuer(ISSUER)
        .setRequireExpirationTime().setSkipDefaultAudienceValidation()
        .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, alg).build();
  }
}
