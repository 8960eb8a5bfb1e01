package io.github.cognitokit.tokens.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds Cognito-shaped tokens with the documented claim sets, signed by test keys. */
public final class Tokens {
  public static final String POOL_ID = "us-east-1_TestPool1";
  public static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/" + POOL_ID;
  public static final String CLIENT_ID = "client-abc";

  private final Map<String, Object> header = new LinkedHashMap<>();
  private final Map<String, Object> claims = new LinkedHashMap<>();
  private TestKeys key;
  private String signAlg;

  private Tokens() {}

  /** An access token of a signed-in user, as Cognito issues it, valid for an hour from {@code now}. */
  public static Tokens access(TestKeys key, Instant now) {
    Tokens t = new Tokens();
    t.key = key;
    t.signAlg = key.alg;
    t.header.put("kid", key.kid);
    t.header.put("alg", key.alg);
    t.claims.put("sub", "5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11");
    t.claims.put("cognito:groups", List.of("admins", "users"));
    t.claims.put("iss", ISSUER);
    t.claims.put("version", 2);
    t.claims.put("client_id", CLIENT_ID);
    t.claims.put("origin_jti", "3b2d8c1e-1111-2222-3333-444455556666");
    t.claims.put("event_id", "a7c0e6e5-aaaa-bbbb-cccc-ddddeeeeffff");
    t.claims.put("token_use", "access");
    t.claims.put("scope", "aws.cognito.signin.user.admin openid rs/read");
    t.claims.put("auth_time", now.getEpochSecond());
    t.claims.put("exp", now.getEpochSecond() + 3600);
    t.claims.put("iat", now.getEpochSecond());
    t.claims.put("jti", "0c9d3a52-7777-8888-9999-aaaabbbbcccc");
    t.claims.put("username", "alice");
    return t;
  }

  /** An ID token, as Cognito issues it. */
  public static Tokens id(TestKeys key, Instant now) {
    Tokens t = new Tokens();
    t.key = key;
    t.signAlg = key.alg;
    t.header.put("kid", key.kid);
    t.header.put("alg", key.alg);
    t.claims.put("sub", "5f3c1f0e-6a8d-4e4b-9c1a-0d2b7e5a9c11");
    t.claims.put("cognito:groups", List.of("admins"));
    t.claims.put("email_verified", true);
    t.claims.put("iss", ISSUER);
    t.claims.put("cognito:username", "alice");
    t.claims.put("origin_jti", "3b2d8c1e-1111-2222-3333-444455556666");
    t.claims.put("aud", CLIENT_ID);
    t.claims.put("event_id", "a7c0e6e5-aaaa-bbbb-cccc-ddddeeeeffff");
    t.claims.put("token_use", "id");
    t.claims.put("auth_time", now.getEpochSecond());
    t.claims.put("exp", now.getEpochSecond() + 3600);
    t.claims.put("iat", now.getEpochSecond());
    t.claims.put("jti", "1d0e4b63-7777-8888-9999-aaaabbbbcccc");
    t.claims.put("email", "alice@example.com");
    t.claims.put("custom:tenant", "acme");
    return t;
  }

  /** A client-credentials access token: no username, no groups. */
  public static Tokens machine(TestKeys key, Instant now) {
    Tokens t = new Tokens();
    t.key = key;
    t.signAlg = key.alg;
    t.header.put("kid", key.kid);
    t.header.put("alg", key.alg);
    t.claims.put("sub", CLIENT_ID);
    t.claims.put("token_use", "access");
    t.claims.put("scope", "rs/modelop_client");
    t.claims.put("auth_time", now.getEpochSecond());
    t.claims.put("iss", ISSUER);
    t.claims.put("exp", now.getEpochSecond() + 3600);
    t.claims.put("iat", now.getEpochSecond());
    t.claims.put("version", 2);
    t.claims.put("jti", "2e1f5c74-7777-8888-9999-aaaabbbbcccc");
    t.claims.put("client_id", CLIENT_ID);
    return t;
  }

  public Tokens claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  public Tokens without(String name) {
    claims.remove(name);
    return this;
  }

  public Tokens header(String name, Object value) {
    header.put(name, value);
    return this;
  }

  public Tokens withoutHeader(String name) {
    header.remove(name);
    return this;
  }

  public Tokens signWith(TestKeys key, String alg) {
    this.key = key;
    this.signAlg = alg;
    return this;
  }

  public String headerJson() {
    return json(header);
  }

  public String payloadJson() {
    return json(claims);
  }

  public String build() {
    return key.sign(headerJson(), payloadJson(), signAlg);
  }

  public static String json(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
    if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> json(e.getKey()) + ":" + json(e.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (v instanceof List<?> l) {
      return l.stream().map(Tokens::json).collect(Collectors.joining(",", "[", "]"));
    }
    if (v instanceof RawJson r) {
      return r.json();
    }
    return String.valueOf(v);
  }

  /** A value written into the JSON as is. */
  public record RawJson(String json) {}
}
