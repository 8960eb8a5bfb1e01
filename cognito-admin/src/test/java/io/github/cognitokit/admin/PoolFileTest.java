package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import io.github.cognitokit.admin.internal.FileNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading pool files: every error names its line and column (and the setting's path), nothing is called before a
 * file is fully checked, and the JSON Schema for editors accepts and refuses what the reader does.
 */
class PoolFileTest {
  static final String MINIMAL = "pool:\n  name: p\n";

  static PoolFileException error(String yaml) {
    ThrowingCallable read = () -> PoolFile.parse(yaml, "pool.yaml", Map.of("SET", "value"));
    assertThatThrownBy(read).isInstanceOf(PoolFileException.class);
    try {
      read.call();
    } catch (PoolFileException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
    throw new AssertionError("no error");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown key with a hint     | pool:\\n  name: p\\n  mfaa: OFF\\n                     | 3 | 3  | pool.mfaa | did you mean mfa?
      unknown root key            | pool:\\n  name: p\\nclient:\\n  - name: c\\n         | 3 | 1  | client | allowed here
      wrong type: text for bool   | pool:\\n  name: p\\n  selfSignUp: maybe\\n             | 3 | 15 | pool.selfSignUp | expected true or false, found text
      wrong type: number for text | pool:\\n  name: p\\nclients:\\n  - name: 42\\n        | 4 | 11 | clients[0].name | put it in quotes
      wrong type: map for list    | pool:\\n  name: p\\n  autoVerify:\\n    email: x\\n   | 4 | 5  | pool.autoVerify | expected a list
      unknown enum value          | pool:\\n  name: p\\n  mfa: SOMETIMES\\n                | 3 | 8  | pool.mfa | one of [OFF, OPTIONAL, REQUIRED]
      unknown attribute           | pool:\\n  name: p\\n  autoVerify: [email, fax]\\n      | 3 | 23 | pool.autoVerify[1] | not a standard attribute: fax
      value Cognito refuses       | pool:\\n  name: p\\n  passwordPolicy:\\n    minLength: 3\\n | 4 | 16 | pool.passwordPolicy.minLength | 6
      bad duration                | pool:\\n  name: p\\nclients:\\n  - name: c\\n    idTokenValidity: soon\\n | 5 | 22 | clients[0].idTokenValidity | expected a duration
      settings that conflict      | pool:\\n  name: p\\ndomain:\\n  prefix: a\\n  custom: b.example.com\\n | 4 | 3 | domain | exactly one of prefix
      duplicate client            | pool:\\n  name: p\\nclients:\\n  - name: c\\n  - name: c\\n | 5 | 11 | clients[1].name | a second app client named c
      unset variable              | pool:\\n  name: ${UNSET}\\n                          | 2 | 9  | pool.name | variable UNSET is not set
      unknown grant               | pool:\\n  name: p\\nclients:\\n  - name: c\\n    oauth:\\n      grants: [FLY]\\n | 6 | 16 | clients[0].oauth.grants[0] | one of [CODE, IMPLICIT, CLIENT_CREDENTIALS]
      missing pool name           | pool:\\n  mfa: OFF\\n                                | 2 | 3  | pool | needs the key name
      duplicate key (YAML)        | pool:\\n  name: p\\n  name: q\\n                     | 3 | 3  | pool.name | a second time
      YAML syntax                 | pool:\\n  name: [p\\n                              | 3 | 1  | '' | not valid YAML or JSON
      """)
  void errors_nameTheLineColumnAndSetting(String what, String yaml, int line, int column, String path,
      String message) {
    PoolFileException e = error(yaml.replace("\\n", "\n"));
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).startsWith("pool.yaml:" + line + ":" + column + ": ").contains(message);
  }

  @Test
  void json_isReadToo_withItsLines() {
    assertThat(PoolFile.parse("{\"pool\": {\"name\": \"p\", \"mfa\": \"OFF\"}}", "pool.json", Map.of()).poolName())
        .isEqualTo("p");
    PoolFileException e = error("{\n  \"pool\": {\n    \"name\": \"p\",\n    \"mfa\": true\n  }\n}");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.path()).isEqualTo("pool.mfa");
  }

  @Test
  void secrets_neverAppearInErrors() {
    String yaml = "pool:\n  name: p\nidentityProviders:\n  - name: Corp\n    type: OIDC\n    clientSecret: s3cr3t-v\n"
        + "    issuer: http://not-https.example.com\n";
    PoolFileException e = error(yaml);
    assertThat(e.path()).isEqualTo("identityProviders[0].issuer");
    assertThat(e.getMessage()).doesNotContain("s3cr3t-v");
    assertThat(PoolFile.parse(MINIMAL, "pool.yaml", Map.of()).toString()).isEqualTo("PoolFile{pool.yaml, pool p}");
  }

  @Test
  void relativeFiles_needTheFilesDirectory(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String yaml = MINIMAL + "identityProviders:\n  - name: Okta\n    type: SAML\n    metadataFile: okta.xml\n";
    assertThat(error(yaml).getMessage()).contains("needs the pool file's directory");
    Files.writeString(dir.resolve("okta.xml"), "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
        + " entityID=\"http://www.okta.com/exk1\"/>");
    Files.writeString(dir.resolve("pool.yaml"), yaml);
    assertThat(PoolFile.read(dir.resolve("pool.yaml"), Map.of()).poolName()).isEqualTo("p");
    Files.delete(dir.resolve("okta.xml"));
    assertThatThrownBy(() -> PoolFile.read(dir.resolve("pool.yaml"), Map.of())).isInstanceOf(PoolFileException.class)
        .hasMessageContaining(":6:19: identityProviders[0].metadataFile: cannot read " + dir.resolve("okta.xml") + ": no such file");
  }

  /** Settings that look alike land where their keys say (a mix-up would still round-trip). */
  @Test
  void keys_setTheSettingTheyName() {
    String yaml = """
        pool:
          name: p
          requiredAttributes: [name]
          autoVerify: [email]
          keepOriginalUntilVerified: [phone_number]
          featurePlan: PLUS
          adaptiveAuthentication: {low: ALLOW, medium: MFA_IF_CONFIGURED, high: BLOCK}
          ipExceptions: {alwaysBlock: [192.0.2.0/24], neverBlock: [203.0.113.0/24]}
          logs: {NOTIFICATION_ERRORS: arn:aws:logs:us-east-1:1:log-group:n, USER_AUTH_EVENTS: arn:aws:s3:::events}
        clients:
          - name: c
            secret: true
            accessTokenValidity: 5m
            idTokenValidity: 6m
            refreshTokenValidity: 7d
            authSessionValidity: 8m
            readAttributes: [email]
            writeAttributes: [name]
            oauth:
              grants: [CODE, IMPLICIT]
              scopes: [openid]
              callbackUrls: [https://a.example.com/cb]
              signOutUrls: [https://b.example.com/]
              defaultRedirectUrl: https://a.example.com/cb
        groups:
          - {name: g, description: d, precedence: 3, roleArn: "arn:aws:iam::1:role/r"}
        """;
    PoolFileBinder binder = new PoolFileBinder(FileNode.parse(yaml, "k.yaml", n -> null), null);
    io.github.cognitokit.admin.internal.PoolDesired p = binder.pool(Specs.ADMIN).freeze();
    assertThat(p.requiredAttributes()).containsExactly(StandardAttribute.NAME);
    assertThat(p.autoVerified()).containsExactly(StandardAttribute.EMAIL);
    assertThat(p.keepOriginal()).containsExactly(StandardAttribute.PHONE_NUMBER);
    assertThat(p.risk().adaptive()).containsExactly(RiskAction.ALLOW, RiskAction.MFA_IF_CONFIGURED, RiskAction.BLOCK);
    assertThat(p.risk().blockedIpRanges()).containsExactly("192.0.2.0/24");
    assertThat(p.risk().skippedIpRanges()).containsExactly("203.0.113.0/24");
    assertThat(p.logs()).containsEntry(LogEvents.NOTIFICATION_ERRORS, "arn:aws:logs:us-east-1:1:log-group:n")
        .containsEntry(LogEvents.USER_AUTH_EVENTS, "arn:aws:s3:::events");
    PoolFileBinder.Children c = binder.children(Specs.ADMIN, Specs.POOL);
    io.github.cognitokit.admin.internal.ClientDesired client = c.clients().get(0).spec().freeze();
    assertThat(client.secret()).isTrue();
    assertThat(client.accessTokenValidity()).isEqualTo(java.time.Duration.ofMinutes(5));
    assertThat(client.idTokenValidity()).isEqualTo(java.time.Duration.ofMinutes(6));
    assertThat(client.refreshTokenValidity()).isEqualTo(java.time.Duration.ofDays(7));
    assertThat(client.authSessionValidity()).isEqualTo(java.time.Duration.ofMinutes(8));
    assertThat(client.readAttributes()).containsExactly("email");
    assertThat(client.writeAttributes()).containsExactly("name");
    assertThat(client.oauth().callbackUrls()).containsExactly("https://a.example.com/cb");
    assertThat(client.oauth().signOutUrls()).containsExactly("https://b.example.com/");
    assertThat(client.oauth().defaultRedirectUrl()).isEqualTo("https://a.example.com/cb");
    io.github.cognitokit.admin.internal.GroupDesired g = c.groups().get(0).freeze();
    assertThat(g.description()).isEqualTo("d");
    assertThat(g.precedence()).isEqualTo(3);
    assertThat(g.roleArn()).isEqualTo("arn:aws:iam::1:role/r");
  }

  // ---- the JSON Schema

  static Schema schema() throws IOException {
    try (InputStream in = PoolFile.class.getResourceAsStream("cognito-pool.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static List<Path> examples() throws IOException {
    return PoolFileIT.examples().toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void schema_acceptsTheExampleFiles(Path example) throws IOException {
    assertThat(schema().validate(Files.readString(example), InputFormat.YAML)).isEmpty();
    assertThat(PoolFile.read(example, PoolFileIT.VARIABLES).poolName()).isNotBlank();
  }

  @Test
  void schema_acceptsAnExport_andRefusesWhatTheReaderRefuses() throws IOException {
    Schema schema = schema();
    assertThat(schema.validate(PoolFileRoundTripTest.exported(), InputFormat.YAML)).isEmpty();
    for (String bad : List.of(MINIMAL + "  mfaa: OFF\n", MINIMAL + "  mfa: SOMETIMES\n",
        MINIMAL + "  selfSignUp: maybe\n", MINIMAL + "clients:\n  - secret: true\n", "domain:\n  prefix: x\n")) {
      assertThat(schema.validate(bad, InputFormat.YAML)).as(bad).isNotEmpty();
      assertThatThrownBy(() -> PoolFile.parse(bad, "bad.yaml", Map.of())).as(bad)
          .isInstanceOf(PoolFileException.class);
    }
  }

  /** The schema and the reader list the same keys, object by object, and the same enum values. */
  @Test
  void schema_hasTheReadersKeys() throws IOException {
    String text;
    try (InputStream in = PoolFile.class.getResourceAsStream("cognito-pool.schema.json")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    FileNode s = FileNode.parse(text, "cognito-pool.schema.json", n -> null);
    FileNode p = s.get("properties");
    assertThat(keys(s)).containsExactlyInAnyOrder(PoolFileBinder.ROOT);
    assertThat(keys(p.get("pool"))).containsExactlyInAnyOrder(PoolFileBinder.POOL);
    assertThat(keys(p.get("clients").get("items"))).containsExactlyInAnyOrder(PoolFileBinder.CLIENT);
    assertThat(keys(p.get("clients").get("items").get("properties").get("oauth")))
        .containsExactlyInAnyOrder(PoolFileBinder.OAUTH);
    assertThat(keys(p.get("identityProviders").get("items"))).containsExactlyInAnyOrder(PoolFileBinder.PROVIDER);
    assertThat(keys(p.get("domain"))).containsExactlyInAnyOrder(PoolFileBinder.DOMAIN);
    assertThat(keys(p.get("resourceServers").get("items"))).containsExactlyInAnyOrder(PoolFileBinder.SERVER);
    assertThat(keys(p.get("groups").get("items"))).containsExactlyInAnyOrder(PoolFileBinder.GROUP);
    assertThat(keys(p.get("users").get("items"))).containsExactlyInAnyOrder(PoolFileBinder.USER);
    FileNode pool = p.get("pool").get("properties");
    assertThat(values(pool.get("mfa"))).containsExactlyInAnyOrder(names(Mfa.values()));
    assertThat(values(pool.get("signIn").get("items"))).containsExactlyInAnyOrder(names(SignIn.values()));
    assertThat(values(pool.get("accountRecovery"))).containsExactlyInAnyOrder(names(AccountRecovery.values()));
    assertThat(values(pool.get("featurePlan"))).containsExactlyInAnyOrder(names(FeaturePlan.values()));
    assertThat(values(pool.get("threatProtection"))).containsExactlyInAnyOrder(names(ThreatProtection.values()));
    assertThat(values(pool.get("signInFactors").get("items"))).containsExactlyInAnyOrder(names(SignInFactor.values()));
    assertThat(values(pool.get("mfaFactors").get("items"))).containsExactlyInAnyOrder(names(MfaFactor.values()));
    assertThat(keys(pool.get("triggers"))).containsExactlyInAnyOrder(names(LambdaTrigger.values()));
    assertThat(keys(pool.get("logs"))).containsExactlyInAnyOrder(names(LogEvents.values()));
    assertThat(values(pool.get("adaptiveAuthentication").get("properties").get("low")))
        .containsExactlyInAnyOrder(names(RiskAction.values()));
    assertThat(values(pool.get("requiredAttributes").get("items"))).containsExactlyInAnyOrder(
        java.util.Arrays.stream(StandardAttribute.values()).map(StandardAttribute::attributeName)
            .toArray(String[]::new));
    FileNode client = p.get("clients").get("items").get("properties");
    assertThat(values(client.get("authFlows").get("items"))).containsExactlyInAnyOrder(names(AuthFlow.values()));
    assertThat(values(p.get("identityProviders").get("items").get("properties").get("type")))
        .containsExactlyInAnyOrder(names(ProviderType.values()));
  }

  static List<String> keys(FileNode object) {
    return List.copyOf(object.get("properties").entries().keySet());
  }

  static List<String> values(FileNode e) {
    return e.get("enum").texts();
  }

  static String[] names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }
}
