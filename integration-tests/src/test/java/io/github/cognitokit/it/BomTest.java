package io.github.cognitokit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM manages every published artifact, and nothing else, each at the build's version. */
class BomTest {
  static final Path ROOT = Path.of("..");

  static String read(Path p) throws Exception {
    return Files.readString(p);
  }

  static String tag(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
    return m.find() ? m.group(1).trim() : null;
  }

  @Test
  void bom_listsEveryPublishedModule_andNothingElse() throws Exception {
    String root = read(ROOT.resolve("pom.xml"));
    Set<String> published = new TreeSet<>();
    Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(root);
    while (modules.find()) {
      String pom = read(ROOT.resolve(modules.group(1)).resolve("pom.xml"));
      String packaging = tag(pom, "packaging");
      boolean skipped = pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
      String artifactId = tag(pom.substring(Math.max(0, pom.indexOf("</parent>"))), "artifactId");
      if (!skipped && !"cognito-bom".equals(artifactId) && !"pom".equals(packaging)) {
        published.add(artifactId);
      }
    }
    assertThat(published).as("published modules").contains("cognito-tokens", "cognito-auth", "cognito-admin", "cognito-spring",
        "cognito-testkit");

    String bom = read(ROOT.resolve("bom/pom.xml"));
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
    Set<String> listed = new TreeSet<>();
    Matcher deps = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(managed);
    String version = tag(bom, "version");
    while (deps.find()) {
      String d = deps.group(1);
      assertThat(tag(d, "groupId")).isEqualTo("io.github.cognitokit");
      assertThat(tag(d, "version")).as("version of " + tag(d, "artifactId")).isEqualTo(version);
      listed.add(tag(d, "artifactId"));
    }
    assertThat(listed).isEqualTo(published);
  }
}
