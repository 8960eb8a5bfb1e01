package io.github.cognitokit.tokens.internal;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signature engines for the verifier, one per thread and algorithm, so the hot path does no provider lookup.
 *
 * <p>The provider is, in this order: the one the verifier was built with; Amazon Corretto Crypto Provider when it is
 * on the class path and healthy (without installing it in the JVM's global provider list); the JDK's. An algorithm
 * the chosen provider lacks falls back to the JDK's.
 *
 * <p>Loading ACCP takes a few hundred milliseconds of CPU (it loads and self-tests native code) and saves about 15
 * microseconds per RS256 check, so it pays for itself only after many thousand checks. It is therefore not loaded on
 * the caller's thread, nor for the first tokens: once the JVM's verifiers built without an explicit provider have
 * checked {@value #ACCP_AFTER_CHECKS} signatures, the load starts, once per JVM, on the verifier's executor, and
 * signatures are checked with the JDK's provider until it is ready. A short-lived process (a function, a command)
 * never pays for it; a service switches within its first seconds of traffic.
 */
public final class Signatures {
  /** How many signature checks the JVM's verifiers make on the JDK's provider before ACCP is looked for. */
  static final int ACCP_AFTER_CHECKS = 1_000;

  /** Amazon Corretto Crypto Provider, looked for once per JVM (the detector is {@link Accp#load()}). */
  static final FastProvider ACCP = new FastProvider(null, ACCP_AFTER_CHECKS);

  private final Provider explicit;
  private final FastProvider fast;
  private final Executor executor;
  /**
   * Each thread's engines by the algorithm's ordinal (an array, not an {@code EnumMap}: that reads the enum's
   * constants reflectively, milliseconds on a cold JVM): from the explicit provider or the JDK's, and, once ACCP is
   * ready, from ACCP. Which set a check uses follows from the provider it asked for, so no thread mixes them.
   */
  private final ThreadLocal<Signature[]> engines = new ThreadLocal<>();
  private final ThreadLocal<Signature[]> fastEngines = new ThreadLocal<>();

  /**
   * Creates the engines for a provider.
   *
   * @param provider the provider, or null for ACCP when it is present (loaded on the executor), else the JDK's
   * @param executor where ACCP is loaded when no provider is given; null for {@link ForkJoinPool#commonPool()}
   */
  public Signatures(Provider provider, Executor executor) {
    this(provider, executor, ACCP);
  }

  Signatures(Provider provider, Executor executor, FastProvider fast) {
    this.explicit = provider;
    this.fast = provider == null ? fast : null;
    this.executor = executor;
  }

  /**
   * Tells that a signature check is done: after enough of them, a faster provider starts loading in the background.
   * Cheap enough to call after every check (one volatile read once started).
   */
  public void checked() {
    if (fast != null) {
      fast.checked(executor);
    }
  }

  /**
   * Returns this thread's engine for an algorithm; the caller initializes it for each use.
   *
   * @param alg the algorithm
   * @return the engine
   * @throws NoSuchAlgorithmException if no provider has it
   */
  public Signature get(JwsAlgorithm alg) throws NoSuchAlgorithmException {
    Provider want = provider();
    ThreadLocal<Signature[]> local = want == explicit ? engines : fastEngines; // explicit, or null for the JDK's
    Signature[] mine = local.get();
    if (mine == null) {
      mine = new Signature[JwsAlgorithm.values().length];
      local.set(mine);
    }
    Signature s = mine[alg.ordinal()];
    if (s == null) {
      s = create(alg, want);
      mine[alg.ordinal()] = s;
    }
    return s;
  }

  private static Signature create(JwsAlgorithm alg, Provider provider) throws NoSuchAlgorithmException {
    if (provider != null) {
      try {
        return Signature.getInstance(alg.jcaName(), provider);
      } catch (Exception e) { // NoSuchAlgorithmException, not named: see Rejections
        Log.LOG.debug("{} lacks {}; using the JDK's provider", provider.getName(), alg.jcaName());
      }
    }
    return Signature.getInstance(alg.jcaName());
  }

  /**
   * Returns the provider in use now.
   *
   * @return the explicit provider, ACCP once it is ready, or null for the JDK's default order
   */
  public Provider provider() {
    return explicit != null ? explicit : fast.ready();
  }

  /**
   * Names the provider that checks signatures now.
   *
   * @return the provider's name, or {@code JDK} for the JDK's default order
   */
  @Override
  public String toString() {
    Provider p = provider();
    return p == null ? "JDK" : p.getName();
  }

  /**
   * A faster provider that is loaded in the background, once, after a number of checks: {@link #ready()} is null
   * until it is loaded, and stays null if it is absent or unhealthy. Thread-safe.
   */
  static final class FastProvider {
    /** Finds, loads and checks the provider (slow, run on the executor); null for {@link Accp#load()}. */
    private final Supplier<Provider> detector;
    private final int loadAfter;
    // A volatile field and a lock rather than an AtomicBoolean: its VarHandle costs milliseconds at start-up.
    private volatile boolean started;
    private volatile Provider provider;
    // Counted without synchronization on purpose: a lost increment only delays the load by one check.
    private int checks;

    FastProvider(Supplier<Provider> detector, int loadAfter) {
      this.detector = detector;
      this.loadAfter = loadAfter;
    }

    /**
     * Counts a check, and once there were enough, starts loading on the executor unless that has been done; a
     * rejected start is tried again on the next check.
     */
    void checked(Executor executor) {
      if (started || ++checks < loadAfter || !claim()) {
        return;
      }
      // Even whether it is there is asked on the executor: a class-path lookup of a name outside the JDK first
      // searches every module of the runtime image, several milliseconds on a cold JVM.
      if (!Load.submit(this, executor)) {
        started = false;
      }
    }

    private synchronized boolean claim() {
      if (started) {
        return false;
      }
      started = true;
      return true;
    }

    Provider ready() {
      return provider;
    }
  }

  /**
   * Loading a {@link FastProvider} on the executor: a class of its own, so that the classes it names (the executor's
   * {@code RejectedExecutionException}) load with the first load, not with the first signature check.
   */
  private static final class Load implements Runnable {
    private final FastProvider target;

    private Load(FastProvider target) {
      this.target = target;
    }

    /** Submits the load; false if the executor rejected it (it is tried again on the next check). */
    static boolean submit(FastProvider target, Executor executor) {
      try {
        (executor != null ? executor : ForkJoinPool.commonPool()).execute(new Load(target));
        return true;
      } catch (RejectedExecutionException e) {
        Log.LOG.debug("The executor rejected loading a faster signature provider; the JDK's is used meanwhile");
        return false;
      }
    }

    @Override
    public void run() {
      target.provider = target.detector != null ? target.detector.get() : Accp.load();
    }
  }

  /** Finds ACCP on the class path and checks it is healthy; loaded with the first look. */
  static final class Accp {
    private static final String CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

    private Accp() {}

    /**
     * Loads ACCP and checks it is healthy.
     *
     * @return the provider, or null if it is not on the class path or unhealthy
     */
    static Provider load() {
      try {
        Class<?> accp = Class.forName(CLASS);
        Provider p = (Provider) accp.getField("INSTANCE").get(null);
        accp.getMethod("assertHealthy").invoke(p);
        Log.LOG.debug("Using Amazon Corretto Crypto Provider for signature checks");
        return p;
      } catch (ClassNotFoundException e) {
        return null; // not on the class path
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        Log.LOG.debug("Amazon Corretto Crypto Provider is on the class path but unhealthy; using the JDK's: {}",
            e.toString());
        return null;
      }
    }
  }

  /** The logger, made on first use: a verifier that has nothing to log does not start SLF4J. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Signatures.class);
  }
}
