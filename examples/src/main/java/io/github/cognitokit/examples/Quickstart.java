package io.github.cognitokit.examples;

import io.github.cognitokit.admin.LambdaTrigger;
import io.github.cognitokit.admin.UserPool;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * The quickstart: {@code ./quickstart [--scenario modelop|alb|api-bearer|sso-app|provision|provisioning-sync|spring|all]
 * [--endpoint-url URL] [--aws [--keep]] [--base-url URL] [--alb-dns NAME] [--authenticated-role-arn ARN]
 * [--triggers NAME=ARN,...]}.
 *
 * <p>With no target it starts a local emulator. {@code --endpoint-url} (or the SDK's {@code AWS_ENDPOINT_URL} and
 * {@code AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER} variables) points it at an emulator already running; {@code --aws}
 * runs against the account and region of the SDK's default chain and removes what it created unless {@code --keep}.
 * Every scenario can run again and again: a second run changes nothing and says so.
 */
public final class Quickstart {
  static final List<String> SCENARIOS = List.of("modelop", "alb", "api-bearer", "sso-app", "provision",
      "provisioning-sync", "spring");
  static final List<String> VALUED_OPTIONS = List.of("scenario", "endpoint-url", "base-url", "region", "alb-dns",
      "authenticated-role-arn", "triggers");

  /** One scenario's outcome. */
  record Result(String scenario, boolean unchanged, List<String> checks, List<String> failures) {}

  private Quickstart() {}

  /**
   * Runs the quickstart and exits with 0 if every check passed.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // The library and Jetty log through SLF4J to java.util.logging here: warnings only, so the report stays readable.
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (java.util.logging.Handler h : root.getHandlers()) {
      h.setLevel(java.util.logging.Level.WARNING);
    }
    int code;
    try {
      List<Result> results = run(args, System.out, System.getenv());
      code = results.stream().allMatch(r -> r.failures().isEmpty()) ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println("quickstart: " + e.getMessage());
      System.err.println(usage());
      code = 2;
    } catch (Exception e) {
      System.err.println("quickstart failed: " + e);
      code = 1;
    }
    System.exit(code);
  }

  static String usage() {
    return "usage: ./quickstart [--scenario " + String.join("|", SCENARIOS) + "|all] [--endpoint-url URL]"
        + " [--aws [--keep]] [--base-url URL] [--region REGION] [--alb-dns NAME] [--authenticated-role-arn ARN]"
        + " [--triggers PRE_SIGN_UP=arn:...,...]";
  }

  static List<Result> run(String[] args, PrintStream out, Map<String, String> env) throws Exception {
    Map<String, String> options = parse(args);
    if (options.containsKey("help")) {
      out.println(usage());
      return List.of();
    }
    String scenario = options.getOrDefault("scenario", "modelop");
    List<String> scenarios = scenario.equals("all") ? SCENARIOS : List.of(scenario);
    if (!SCENARIOS.containsAll(scenarios)) {
      throw new IllegalArgumentException("unknown scenario '" + scenario + "'");
    }
    String baseUrl = options.getOrDefault("base-url", "https://modelop.example.com").replaceAll("/+$", "");
    String endpoint = options.getOrDefault("endpoint-url", env.getOrDefault(
        "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", env.get("AWS_ENDPOINT_URL")));
    boolean aws = options.containsKey("aws");
    if (aws && options.containsKey("endpoint-url")) {
      throw new IllegalArgumentException("--aws and --endpoint-url are exclusive");
    }
    Region region = Region.of(options.getOrDefault("region", env.getOrDefault("AWS_REGION", "us-east-1")));
    out.println("Cognito Kit quickstart: " + String.join(", ", scenarios));
    List<Result> results = new ArrayList<>();
    try (Target target = aws ? Target.aws() : endpoint != null ? Target.endpoint(URI.create(endpoint), region, null)
        : Target.emulator()) {
      out.println("Target: " + target.description);
      List<Run> runs = new ArrayList<>();
      for (String s : scenarios) {
        Console console = new Console(out);
        Run run = new Run(target, console, baseUrl);
        runs.add(run);
        switch (s) {
          case "modelop" -> ModelOpScenario.run(run);
          case "alb" -> AlbScenario.run(run, options.getOrDefault("alb-dns",
              "cognito-kit-alb-1234567890.us-east-1.elb.amazonaws.com"), triggers(options.get("triggers")));
          case "api-bearer" -> ApiBearerScenario.run(run, options.get("authenticated-role-arn"));
          case "sso-app" -> SsoAppScenario.run(run);
          case "provisioning-sync" -> ProvisioningSyncScenario.run(run);
          case "spring" -> SpringScenario.run(run);
          default -> ProvisionScenario.run(run, out);
        }
        results.add(new Result(s, console.unchanged(), List.copyOf(console.checks), List.copyOf(console.failures)));
      }
      out.println();
      out.println("Report");
      for (Result r : results) {
        out.println("  " + r.scenario() + ": " + r.checks().size() + " checks passed, " + r.failures().size()
            + " failed; " + (r.unchanged() ? "nothing changed (already set up by an earlier run)"
                : "resources created or updated"));
      }
      if (aws && !options.containsKey("keep")) {
        out.println("Removing what this run created (pass --keep to keep it)");
        for (Run run : runs) {
          for (String role : run.createdRoles) {
            target.iam.deleteRole(b -> b.roleName(role));
            out.println("  deleted IAM role " + role);
          }
          for (String id : run.createdIdentityPools) {
            target.identity.deleteIdentityPool(b -> b.identityPoolId(id));
            out.println("  deleted identity pool " + id);
          }
          for (UserPool pool : run.createdPools) {
            out.println("  " + pool.delete());
          }
        }
      }
    }
    return results;
  }

  /** {@code NAME=ARN,...}: Lambda triggers for the alb scenario. */
  static Map<LambdaTrigger, String> triggers(String option) {
    Map<LambdaTrigger, String> triggers = new java.util.EnumMap<>(LambdaTrigger.class);
    if (option == null || option.isBlank()) {
      return triggers;
    }
    for (String pair : option.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--triggers takes NAME=ARN pairs, was '" + pair + "'");
      }
      String name = pair.substring(0, eq).trim();
      try {
        triggers.put(LambdaTrigger.valueOf(name), pair.substring(eq + 1).trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--triggers: unknown trigger " + name + "; one of "
            + java.util.Arrays.toString(LambdaTrigger.values()));
      }
    }
    return triggers;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--aws" -> options.put("aws", "true");
        case "--keep" -> options.put("keep", "true");
        case "--help", "-h" -> options.put("help", "true");
        case "--scenario", "--endpoint-url", "--base-url", "--region", "--alb-dns", "--authenticated-role-arn",
            "--triggers" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          options.put(a.substring(2), args[++i]);
        }
        default -> {
          if (a.startsWith("--") && a.contains("=")) {
            String key = a.substring(2, a.indexOf('='));
            if (!VALUED_OPTIONS.contains(key)) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            options.put(key, a.substring(a.indexOf('=') + 1));
          } else if (!a.isBlank()) {
            throw new IllegalArgumentException("unknown option " + a);
          }
        }
      }
    }
    return options;
  }
}
