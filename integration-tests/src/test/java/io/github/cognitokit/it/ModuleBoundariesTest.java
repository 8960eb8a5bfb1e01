package io.github.cognitokit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules depend one way and never reach into another module's {@code internal} packages: read from every Java
 * source in the repository (main and test code of each module, the examples, benchmarks and the consumer projects,
 * which are users' code).
 */
class ModuleBoundariesTest {
  static final Path ROOT = Path.of("..");
  static final Pattern IMPORT = Pattern.compile("^import (?:static )?(io\\.github\\.cognitokit\\.[\\w.]+);",
      Pattern.MULTILINE);
  /** The package root each module owns. */
  static final Map<String, String> OWNER = Map.of("tokens", "cognito-tokens", "auth", "cognito-auth", "admin",
      "cognito-admin", "testkit", "cognito-testkit", "spring", "cognito-spring", "cli", "cognito-cli");

  record Source(String module, Path path, List<String> imports) {}

  static List<Source> sources() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
          .map(p -> {
            String module = ROOT.relativize(p).getName(0).toString();
            try {
              Matcher m = IMPORT.matcher(Files.readString(p));
              List<String> imports = new ArrayList<>();
              while (m.find()) {
                imports.add(m.group(1));
              }
              return new Source(module, p, imports);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String root(String imported) {
    return imported.split("\\.")[3];
  }

  @Test
  void noModule_importsAnotherModulesInternalPackages() {
    List<Source> sources = sources();
    assertThat(sources).as("the scan found the modules").extracting(Source::module)
        .contains("cognito-admin", "cognito-auth", "cognito-tokens", "cognito-cli", "examples", "consumer-projects");
    List<String> violations = new ArrayList<>();
    for (Source s : sources) {
      for (String i : s.imports()) {
        boolean internal = i.contains(".internal.");
        String owner = OWNER.get(root(i));
        boolean sameModule = s.module().equals(owner)
            || "spring".equals(root(i)) && s.module().equals("cognito-spring-boot3-tests");
        if (internal && !sameModule) {
          violations.add(s.path() + " imports " + i);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void dependencies_pointOneWay() {
    List<String> violations = new ArrayList<>();
    for (Source s : sources()) {
      for (String i : s.imports()) {
        String target = root(i);
        boolean wrong = target.equals("cli") && !s.module().equals("cognito-cli") || switch (s.module()) {
          case "cognito-tokens" -> !target.equals("tokens");
          case "cognito-cli" -> target.equals("auth") || target.equals("spring");
          case "cognito-admin" -> target.equals("auth") || target.equals("spring");
          case "cognito-auth" -> target.equals("admin") || target.equals("spring");
          default -> false;
        };
        if (wrong) {
          violations.add(s.path() + " imports " + i);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void adminPublicPackage_holdsNoEngineClasses() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("cognito-admin/src/main/java/io/github/cognitokit/admin"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith("Reconciler.java") || n.endsWith("Desired.java") || n.equals("Gateway.java")
              || n.equals("Calls.java"));
    }
  }
}
