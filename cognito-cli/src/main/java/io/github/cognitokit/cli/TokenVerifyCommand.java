package io.github.cognitokit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.CognitoToken;
import io.github.cognitokit.tokens.TokenUse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cognito-kit token verify}: verifies a token and prints its claims. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Verify a Cognito ID or access token (signature against the pool's keys, issuer, client,"
        + " token use, expiry) and print its claims as JSON.", "Exit 4 with the reason when it is refused."})
final class TokenVerifyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TOKEN", defaultValue = "-",
      description = "The token, or - to read it from stdin (default; keeps it out of the shell's history).")
  String token;

  @Option(names = "--pool-id", required = true, paramLabel = "ID", description = "The user pool id.")
  String poolId;

  @Option(names = "--client-id", paramLabel = "ID", split = ",",
      description = "Accepted app client ids (aud or client_id); or --any-client.")
  List<String> clientIds;

  @Option(names = "--any-client", description = "Accept any app client of the pool.")
  boolean anyClient;

  @Option(names = "--token-use", paramLabel = "ID|ACCESS|ANY", defaultValue = "ANY",
      description = "The token's use (default: ${DEFAULT-VALUE}).")
  TokenUse tokenUse;

  @Option(names = "--jwks-uri", paramLabel = "URL",
      description = "Where the pool's keys are (default: the issuer's /.well-known/jwks.json).")
  URI jwksUri;

  @Option(names = "--endpoint-url", paramLabel = "URL",
      description = "A Cognito stand-in serving keys at {URL}/{poolId}/.well-known/jwks.json (an emulator).")
  URI endpoint;

  @Override
  public Integer call() {
    if ((clientIds == null || clientIds.isEmpty()) == !anyClient) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give --client-id or --any-client (exactly one)");
    }
    CognitoJwtVerifier.Builder b = CognitoJwtVerifier.builder().userPoolId(poolId).tokenUse(tokenUse);
    if (anyClient) {
      b.anyClientId();
    } else {
      b.clientIds(clientIds);
    }
    URI keys = jwksUri != null ? jwksUri : endpoint != null
        ? URI.create(endpoint.toString().replaceAll("/+$", "") + "/" + poolId + "/.well-known/jwks.json") : null;
    if (keys != null) {
      b.jwksUri(keys);
    }
    CognitoToken verified = b.build().verify(read());
    spec.commandLine().getOut().println(json(verified.claims()));
    spec.commandLine().getOut().flush();
    return CognitoKit.OK;
  }

  private String read() {
    if (!"-".equals(token)) {
      return token.trim();
    }
    try {
      InputStream in = System.in;
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      if (text.isEmpty()) {
        throw new CognitoKit.InputException("no token: pass it as an argument or on stdin");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token from stdin", e);
    }
  }

  static String json(Map<String, Object> claims) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      write(g, claims);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Number n) {
      g.writeNumber(n.toString());
    } else if (v instanceof Boolean bool) {
      g.writeBoolean(bool);
    } else if (v == null) {
      g.writeNull();
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
