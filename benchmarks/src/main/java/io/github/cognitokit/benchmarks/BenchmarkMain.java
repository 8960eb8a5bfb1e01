package io.github.cognitokit.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.KeyNotFoundException;
import io.github.cognitokit.tokens.TokenUse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the suite and prints a Markdown report: ops/s, the ratio to the JDK floor of the same run, bytes per
 * operation, the goal rounds of {@link GoalBenchmark} (JDK and ACCP), cold starts, and the key-fetch and
 * token-request counts. {@code --short} for a quick check.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /**
   * Runs the suite.
   *
   * @param args {@code --short} for fewer and shorter iterations
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--short");
    StringBuilder report = new StringBuilder();
    report.append("Run ").append(LocalDate.now()).append(", JDK ").append(System.getProperty("java.vm.name"))
        .append(' ').append(System.getProperty("java.runtime.version")).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(quick ? "--short (1 fork, 3 x 2 s warm-up, 2 x 2 s measurement, 1 goal fork of 3 rounds, 3 cold-start forks)"
            : "full (1 fork, 3 x 2 s warm-up, 3 x 2 s measurement, 2 goal forks of 6 rounds, 5 cold-start forks)")
        .append("; ops/s and ms are medians of the measurement iterations and forks\n\n");
    report.append("| benchmark | alg | threads | ops/s | x floor | bytes/op |\n|---|---|---|---|---|---|\n");
    for (int threads : new int[] {1, 2}) {
      Collection<RunResult> results = new Runner(options(quick, threads)
          .include(VerifyBenchmark.class.getSimpleName()).build()).run();
      Map<String, Double> floor = new HashMap<>();
      for (RunResult r : results) {
        if (r.getParams().getBenchmark().endsWith("jdkFloor")) {
          floor.put(r.getParams().getParam("alg"), score(r));
        }
      }
      for (RunResult r : results) {
        String alg = r.getParams().getParam("alg");
        double score = score(r);
        report.append(String.format(Locale.ROOT, "| %s | %s | %d | %,.0f | %.2f | %s |%n", name(r), alg, threads,
            score, score / floor.get(alg), bytes(r)));
      }
    }
    report.append(goals(quick));
    Collection<RunResult> auth = new Runner(options(quick, 1).include(AuthBenchmark.class.getSimpleName()).build())
        .run();
    report.append("\n| auth benchmark | ops/s | bytes/op |\n|---|---|---|\n");
    for (RunResult r : auth) {
      report.append(String.format(Locale.ROOT, "| %s | %,.0f | %s |%n", name(r), score(r),
          bytes(r)));
    }
    report.append(hostileInputs(quick));
    Collection<RunResult> cold = new Runner(new OptionsBuilder().include(ColdStartBenchmark.class.getSimpleName())
        .forks(quick ? 3 : 5).warmupIterations(0).measurementIterations(1).build()).run();
    report.append("\n| cold start (fresh JVM: build from an in-memory key set, verify one RS256 token) | ms |\n|---|---|\n");
    for (RunResult r : cold) {
      report.append(String.format(Locale.ROOT, "| %s | %.1f |%n", name(r), score(r)));
    }
    report.append("\n").append(keyFetchChecks()).append(clientCredentialsCheck());
    System.out.println();
    System.out.println(report);
  }

  /**
   * The worst inputs we know, at 16 and 64 KiB, as microseconds per token and as multiples of a genuine RS256
   * verification measured in the same run.
   */
  private static String hostileInputs(boolean quick) throws Exception {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(HostileInputBenchmark.class.getSimpleName()).forks(1)
        .warmupIterations(2).warmupTime(TimeValue.seconds(1))
        .measurementIterations(quick ? 2 : 3).measurementTime(TimeValue.seconds(1)).shouldFailOnError(true).build())
        .run();
    Map<String, Double> genuine = new HashMap<>();
    for (RunResult r : results) {
      if (r.getParams().getParam("shape").equals("genuineRs256")) {
        genuine.put(r.getParams().getParam("size"), score(r));
      }
    }
    StringBuilder out = new StringBuilder("\n| hostile input (unsigned, parsed, refused) | limit | us/token | x genuine RS256 |"
        + "\n|---|---|---|---|\n");
    for (RunResult r : results) {
      String size = r.getParams().getParam("size");
      double opsPerSecond = score(r);
      out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f |%n", r.getParams().getParam("shape"), size,
          1e6 / opsPerSecond, genuine.get(size) / opsPerSecond));
    }
    return out.toString();
  }

  private static ChainedOptionsBuilder options(boolean quick, int threads) {
    return new OptionsBuilder().threads(threads).forks(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(quick ? 2 : 3).measurementTime(TimeValue.seconds(2))
        .addProfiler(GCProfiler.class).shouldFailOnError(true);
  }

  /**
   * The goal ratios at 1 thread on RS256, from {@link GoalBenchmark}: the subjects take turns one iteration each
   * within a fork, and every ratio divides by the JDK floor of the same round, a few seconds away. The median round
   * decides.
   */
  private static String goals(boolean quick) throws Exception {
    List<String> subjects = GoalBenchmark.subjects();
    int n = subjects.size();
    int warmupRounds = 4;
    int rounds = quick ? 3 : 6;
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(GoalBenchmark.class.getName() + "\\.verify$").threads(1).forks(quick ? 1 : 2)
        .warmupIterations(warmupRounds * n).warmupTime(TimeValue.seconds(1))
        .measurementIterations(rounds * n).measurementTime(TimeValue.seconds(1))
        .shouldFailOnError(true).build()).run();
    StringBuilder out = new StringBuilder("\n| goal round (RS256, 1 thread) | JDK floor ops/s | Cognito Kit | x floor |"
        + " ACCP floor | x JDK floor | Cognito Kit on ACCP | x JDK floor |\n|---|---|---|---|---|---|---|---|\n");
    List<double[]> ratios = new ArrayList<>(); // per round: the ratio of each subject to the floor
    int fork = 0;
    for (RunResult run : results) {
      for (org.openjdk.jmh.results.BenchmarkResult forkResult : run.getBenchmarkResults()) {
        fork++;
        List<Double> scores = new ArrayList<>();
        for (org.openjdk.jmh.results.IterationResult it : forkResult.getIterationResults()) {
          scores.add(it.getPrimaryResult().getScore());
        }
        for (int round = 0; round * n + n <= scores.size(); round++) {
          double[] bySubject = new double[n];
          for (int k = 0; k < n; k++) {
            int iteration = round * n + k;
            bySubject[GoalBenchmark.subject(iteration, n)] = scores.get(iteration);
          }
          double[] ratio = new double[n];
          for (int k = 0; k < n; k++) {
            ratio[k] = bySubject[k] / bySubject[0];
          }
          ratios.add(ratio);
          out.append(String.format(Locale.ROOT, "| fork %d, round %d | %,.0f | %,.0f | %.2f |", fork, round + 1,
              bySubject[0], bySubject[1], ratio[1]));
          out.append(n > 2 ? String.format(Locale.ROOT, " %,.0f | %.2f | %,.0f | %.2f |%n", bySubject[2], ratio[2],
              bySubject[3], ratio[3]) : " n/a | | n/a | |\n");
        }
      }
    }
    double[] medians = new double[n];
    for (int k = 0; k < n; k++) {
      double[] column = new double[ratios.size()];
      for (int r = 0; r < column.length; r++) {
        column[r] = ratios.get(r)[k];
      }
      medians[k] = median(column);
    }
    out.append(String.format(Locale.ROOT, "| **median of %d rounds** | | | **%.2f** (goal >= 0.90) |", ratios.size(),
        medians[1]));
    out.append(n > 2 ? String.format(Locale.ROOT, " | %.2f | | **%.2f** (goal >= 1.80) |%n", medians[2], medians[3])
        : " | n/a: ACCP is not on the class path or cannot load here (linux x86_64 and aarch64 only) | | |\n");
    return out.toString();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * The median of the measurement iterations (of the forks, for single-shot cold starts): one iteration slowed by a
   * neighbour on a shared machine moves a mean but not a median.
   */
  private static double score(RunResult r) {
    return r.getPrimaryResult().getStatistics().getPercentile(50);
  }

  private static String name(RunResult r) {
    String b = r.getParams().getBenchmark();
    return b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1);
  }

  private static String bytes(RunResult r) {
    Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return alloc == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", alloc.getScore());
  }

  /** Cold caches under N threads, and a random-kid flood, against a loopback key server that counts requests. */
  static String keyFetchChecks() throws Exception {
    Fixture f = new Fixture("RS256");
    AtomicInteger fetches = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService serverThreads = Executors.newFixedThreadPool(4);
    server.setExecutor(serverThreads);
    server.createContext("/", exchange -> {
      fetches.incrementAndGet();
      byte[] body = f.jwks.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    URI jwks = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
    StringBuilder out = new StringBuilder("| key-set fetches | requests |\n|---|---|\n");
    try {
      for (int n : new int[] {2, 8, 32}) {
        fetches.set(0);
        CognitoJwtVerifier v = CognitoJwtVerifier.builder().issuer(Fixture.ISSUER).jwksUri(jwks)
            .tokenUse(TokenUse.ACCESS).clientId(Fixture.CLIENT).build();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < n; t++) {
          int offset = t;
          all.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < 200; i++) {
              v.verify(f.tokens[(offset * 31 + i) % Fixture.TOKENS]);
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> x : all) {
          x.get(2, TimeUnit.MINUTES);
        }
        pool.shutdownNow();
        out.append("| ").append(n).append(" threads on a cold cache, 200 verifications each | ").append(fetches.get())
            .append(" |\n");
      }
      fetches.set(0);
      CognitoJwtVerifier v = CognitoJwtVerifier.builder().issuer(Fixture.ISSUER).jwksUri(jwks)
          .tokenUse(TokenUse.ACCESS).clientId(Fixture.CLIENT).build();
      v.verify(f.tokens[0]);
      int rejected = 0;
      long start = System.nanoTime();
      for (int i = 0; i < 10_000; i++) {
        String kid = java.util.UUID.randomUUID().toString();
        String h = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"kid\":\"" + kid
            + "\",\"alg\":\"RS256\"}").getBytes(StandardCharsets.UTF_8));
        String token = h + f.tokens[i % Fixture.TOKENS].substring(f.tokens[i % Fixture.TOKENS].indexOf('.'));
        try {
          v.verify(token);
        } catch (KeyNotFoundException e) {
          rejected++;
        }
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      out.append("| 10,000 tokens with random kids (").append(rejected).append(" rejected in ").append(ms)
          .append(" ms), after the first fetch | ").append(fetches.get()).append(" |\n\n");
    } finally {
      server.stop(0);
      serverThreads.shutdownNow();
    }
    return out.toString();
  }

  static String clientCredentialsCheck() throws Exception {
    AuthBenchmark b = new AuthBenchmark();
    AuthBenchmark.TOKEN_REQUESTS.set(0);
    b.setUp();
    try {
      for (int i = 0; i < 1000; i++) {
        b.credentials.token();
      }
      return "| client credentials | token endpoint requests |\n|---|---|\n| 1,000 `token()` calls within one"
          + " lifetime | " + AuthBenchmark.TOKEN_REQUESTS.get() + " |\n";
    } finally {
      b.tearDown();
    }
  }
}
