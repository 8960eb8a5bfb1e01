package io.github.cognitokit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start in fresh JVMs, the way an application or a function pays it: each sample is a new {@code java} process
 * that builds a verifier from an in-memory key set and verifies one RS256 token ({@link ColdStartProbe}), timed from
 * the first call to the verified result. Three variants run in interleaved rounds: the floor (the JDK's bare RSA
 * check, no JSON or claims), Cognito Kit on the JDK's provider, and Cognito Kit with the Amazon Corretto Crypto
 * Provider on the class path. The child class paths hold only what a user's would: cognito-tokens, Caffeine and the
 * SLF4J API (and ACCP), written by the build to {@code benchmarks/target/coldstart/}. A fourth variant runs Cognito
 * Kit with an application class-data archive (AppCDS, {@code -XX:SharedArchiveFile}) that one uncounted run of the
 * same probe wrote at exit ({@code -XX:ArchiveClassesAtExit}): what a deployment that ships such an archive pays.
 *
 * <p>Run after {@code ./mvnw -B package -DskipTests}: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.cognitokit.benchmarks.ColdStart [rounds]}, or {@code ... ColdStart instructions} to count instructions
 * with valgrind instead of timing ({@link #instructions()}). Goals (issue 18): at most 50 ms on the JDK's provider and at
 * most 60 ms with ACCP on the class path. {@code -Dcoldstart.baseline=<an older cognito-tokens jar>} adds that jar
 * as two more variants, to compare before and after a change in the same run.
 */
public final class ColdStart {
  /** The variants, in the report's order. */
  static final List<String> VARIANTS = List.of("floor", "cognito-kit", "cognito-kit+accp", "cognito-kit+appcds",
      "baseline", "baseline+accp");

  /** The java command of this JVM, for the probes. */
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private ColdStart() {}

  /**
   * Runs the rounds and prints the report.
   *
   * @param args the number of rounds, default 15
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("instructions")) {
      System.out.println(instructionReport(instructions()));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    System.out.println(report(run(rounds)));
  }

  /**
   * Counts the instructions each variant executes, with valgrind's callgrind: unlike time, the count does not
   * depend on what else the machine is doing, so small changes show. The JVMs run with {@code -Xbatch} (the JIT
   * compiles on the thread that asked, so its work is counted in a fixed order) and the count of the {@code none}
   * mode (the JVM's start and the probe reading its files) is subtracted: what is left is the timed work.
   *
   * @return millions of instructions per variant (floor, cognito-kit and, with {@code -Dcoldstart.baseline}, the
   *     baseline)
   * @throws Exception if valgrind is missing or a probe fails
   */
  static Map<String, Double> instructions() throws Exception {
    try (Probes probes = new Probes()) {
      String kit = probes.path(probes.tokens);
      double none = callgrind(kit, "none", probes);
      Map<String, Double> result = new LinkedHashMap<>();
      result.put("floor", callgrind(kit, "floor", probes) - none);
      result.put("cognito-kit", callgrind(kit, "kit", probes) - none);
      if (!probes.baseline.isEmpty()) {
        result.put("baseline", callgrind(probes.path(probes.baseline), "kit", probes) - none);
      }
      return result;
    }
  }

  private static double callgrind(String cp, String mode, Probes probes) throws Exception {
    Process p = new ProcessBuilder("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", JAVA,
        "-Xbatch", "-XX:CICompilerCount=2", "-cp", cp, ColdStartProbe.class.getName(), mode, probes.jwks.toString(),
        probes.token.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    // callgrind's summary: "==pid== Collected : 315035123"
    String collected = out.lines().filter(l -> l.contains("Collected :")).findFirst().orElseThrow(
        () -> new IllegalStateException("no instruction count from valgrind (is it installed?): " + out));
    return Long.parseLong(collected.substring(collected.indexOf(':') + 1).trim()) / 1e6;
  }

  /**
   * The Markdown report of {@link #instructions()}.
   *
   * @param minstr millions of instructions per variant
   * @return the report
   */
  static String instructionReport(Map<String, Double> minstr) {
    double floor = minstr.get("floor");
    StringBuilder b = new StringBuilder("| cold start, instructions (valgrind) | millions | x floor |\n|---|---|---|\n");
    for (Map.Entry<String, Double> e : minstr.entrySet()) {
      b.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f |%n", e.getKey(), e.getValue(), e.getValue() / floor));
    }
    return b.toString();
  }

  /** The directory the build writes the class paths to. */
  static Path dir() {
    for (Path p : List.of(Path.of("benchmarks/target/coldstart"), Path.of("target/coldstart"))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no benchmarks/target/coldstart: run ./mvnw -B package -DskipTests first");
  }

  /**
   * Runs fresh JVMs, the variants interleaved and in a rotating order.
   *
   * @param rounds how many samples of each variant
   * @return milliseconds per variant; a variant that cannot run here (ACCP off Linux) is left out
   * @throws Exception if a probe fails
   */
  static Map<String, List<Double>> run(int rounds) throws Exception {
    Map<String, List<Double>> ms = new LinkedHashMap<>();
    // The probe runs from a jar of its own, as an application's main class would: the JVM has opened a jar before
    // the timing starts, for the floor and Cognito Kit alike.
    try (Probes probes = new Probes()) {
      Path archive = probes.jar.resolveSibling(probes.jar.getFileName() + ".jsa"); // written by the JVM at exit
      try {
        probe(probes.path(probes.tokens), "kit", probes, "-XX:ArchiveClassesAtExit=" + archive);
        Thread.sleep(1000); // let this JVM's compiler threads finish the fixture's work before the first sample
        for (int round = -1; round < rounds; round++) { // round -1 warms the file cache and is not counted
          for (int i = 0; i < VARIANTS.size(); i++) {
            String variant = VARIANTS.get((i + round + VARIANTS.size()) % VARIANTS.size());
            if (variant.endsWith("accp") && probes.accp.isEmpty()
                || variant.startsWith("baseline") && probes.baseline.isEmpty()) {
              continue;
            }
            String cp = probes.path(variant.startsWith("baseline") ? probes.baseline : probes.tokens)
                + (variant.endsWith("accp") ? java.io.File.pathSeparator + probes.accp : "");
            String mode = variant.equals("floor") ? "floor" : "kit";
            double sample = variant.endsWith("appcds")
                ? probe(cp, mode, probes, "-XX:SharedArchiveFile=" + archive)
                : probe(cp, mode, probes, "-Dcoldstart.variant=" + variant);
            if (round >= 0) {
              ms.computeIfAbsent(variant, v -> new ArrayList<>()).add(sample);
            }
          }
        }
      } finally {
        Files.deleteIfExists(archive);
      }
    }
    return ms;
  }

  /**
   * Names the classes a cold start loads beyond what the floor loads: one fresh JVM per mode, each logging the
   * classes it loads ({@code -Xlog:class+load}). On a cold JVM each class costs a few hundred microseconds (read from
   * the jar, parsed, verified), so this list is the cold start's budget, checked by {@code ColdStartTest}.
   *
   * @return the names, sorted, without the JVM's generated lambda and method-handle classes
   * @throws Exception if a probe fails
   */
  static List<String> classesBeyondFloor() throws Exception {
    try (Probes probes = new Probes()) {
      java.util.Set<String> kit = loadedClasses(probes, "kit");
      kit.removeAll(loadedClasses(probes, "floor"));
      return kit.stream().sorted().toList();
    }
  }

  private static java.util.Set<String> loadedClasses(Probes probes, String mode) throws Exception {
    Process p = new ProcessBuilder(JAVA, "-Xlog:class+load=info:stdout:none", "-cp", probes.path(probes.tokens),
        ColdStartProbe.class.getName(), mode, probes.jwks.toString(), probes.token.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("the " + mode + " probe failed: " + out);
    }
    // "java.lang.Object source: shared objects file"; generated classes are named by address, different each run
    return out.lines().filter(l -> l.contains(" source: ")).map(l -> l.substring(0, l.indexOf(' ')))
        .filter(n -> !n.contains("LambdaForm$") && !n.contains("$$Lambda")).collect(
            java.util.stream.Collectors.toCollection(java.util.HashSet::new));
  }

  /**
   * Runs one fresh JVM with ACCP on the class path (where it ships) that verifies a token once, then a thousand
   * times more, and prints the verifier's {@code toString()} after each: which provider checked signatures.
   *
   * @return the probe's {@code first=} and {@code later=} lines
   * @throws Exception if the probe fails
   */
  static List<String> providerSwitch() throws Exception {
    try (Probes probes = new Probes()) {
      Process p = new ProcessBuilder(JAVA, "-cp", probes.path(probes.tokens)
          + (probes.accp.isEmpty() ? "" : java.io.File.pathSeparator + probes.accp), ColdStartProbe.class.getName(),
          "switch", probes.jwks.toString(), probes.token.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("the provider-switch probe failed: " + out);
      }
      return out.lines().filter(l -> l.startsWith("first=") || l.startsWith("later=")).toList();
    }
  }

  /**
   * What every probe JVM is given, written once and deleted on close: the key set and the token of a fresh fixture,
   * the probe's own jar, and the user-like class paths the build wrote.
   */
  private static final class Probes implements AutoCloseable {
    final Path jwks;
    final Path token;
    final Path jar;
    /** cognito-tokens, Caffeine and the SLF4J API. */
    final String tokens;
    /** ACCP's jar, or empty where it does not ship. */
    final String accp;
    /** The tokens class path with {@code -Dcoldstart.baseline}'s jar in place of cognito-tokens, or empty. */
    final String baseline;

    Probes() throws Exception {
      Path dir = dir();
      tokens = classpath(dir.resolve("tokens.classpath"));
      accp = classpath(dir.resolve("accp.classpath"));
      String older = System.getProperty("coldstart.baseline", "");
      baseline = older.isEmpty() ? "" : older + java.io.File.pathSeparator + java.util.Arrays.stream(
          tokens.split(java.io.File.pathSeparator)).filter(e -> !e.contains("cognito-tokens"))
          .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
      Fixture fixture = new Fixture("RS256");
      jwks = Files.writeString(Files.createTempFile("coldstart", ".jwks"), fixture.jwks);
      token = Files.writeString(Files.createTempFile("coldstart", ".jwt"), fixture.tokens[0]);
      jar = probeJar();
    }

    /** The probe's jar followed by a library class path. */
    String path(String library) {
      return jar + java.io.File.pathSeparator + library;
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(jwks);
      Files.deleteIfExists(token);
      Files.deleteIfExists(jar);
    }
  }

  /** A jar holding only {@link ColdStartProbe}. */
  private static Path probeJar() throws IOException {
    Path jar = Files.createTempFile("coldstart-probe", ".jar");
    String entry = ColdStartProbe.class.getName().replace('.', '/') + ".class";
    try (java.io.InputStream in = ColdStart.class.getClassLoader().getResourceAsStream(entry);
        java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      if (in == null) {
        throw new IllegalStateException("no " + entry + " on the class path");
      }
      out.putNextEntry(new java.util.jar.JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }

  private static String classpath(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
  }

  private static double probe(String cp, String mode, Probes probes, String jvmOption) throws Exception {
    Process p = new ProcessBuilder(JAVA, jvmOption, "-cp", cp, ColdStartProbe.class.getName(), mode,
        probes.jwks.toString(), probes.token.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int code = p.waitFor();
    // The JVM may print lines of its own (writing an archive at exit, it warns about classes it leaves out).
    String nanos = out.lines().filter(l -> l.startsWith("nanos=")).findFirst().orElse(null);
    if (code != 0 || nanos == null) {
      throw new IllegalStateException("cold-start probe " + mode + " failed (exit " + code + "): " + out);
    }
    return Long.parseLong(nanos.substring("nanos=".length())) / 1e6;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * The Markdown report: median, fastest and slowest milliseconds, and the median as a multiple of the floor's.
   *
   * @param ms milliseconds per variant
   * @return the report
   */
  static String report(Map<String, List<Double>> ms) {
    double floor = median(ms.get("floor"));
    StringBuilder b = new StringBuilder("| cold start, fresh JVM (" + ms.get("floor").size() + " runs each) | median ms"
        + " | min | max | x floor | goal |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<String, List<Double>> e : ms.entrySet()) {
      double median = median(e.getValue());
      String goal = switch (e.getKey()) {
        case "cognito-kit" -> "<= 50 ms";
        case "cognito-kit+accp" -> "<= 60 ms";
        case "cognito-kit+appcds" -> "(AppCDS archive)";
        case "baseline", "baseline+accp" -> "(" + System.getProperty("coldstart.baseline", "older jar") + ")";
        default -> "";
      };
      b.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f | %s |%n", e.getKey(), median,
          e.getValue().stream().mapToDouble(Double::doubleValue).min().orElse(0),
          e.getValue().stream().mapToDouble(Double::doubleValue).max().orElse(0), median / floor, goal));
    }
    return b.toString();
  }
}
