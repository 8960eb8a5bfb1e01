package io.github.cognitokit.tokens.internal;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;
import java.util.EnumMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signature engines for the verifier, one per thread and algorithm, so the hot path does no provider lookup.
 *
 * <p>The provider is, in this order: the one the verifier was built with; Amazon Corretto Crypto Provider when it is
 * on the class path and healthy (without installing it in the JVM's global provider list); the JDK's. An algorithm
 * the chosen provider lacks falls back to the JDK's.
 *
 * <p>Loading ACCP takes a few hundred milliseconds of CPU (it loads and self-tests native code), so it is not done on
 * the caller's thread, nor while the first token is being verified: after its first signature check, a verifier
 * built without an explicit provider starts the load, once per JVM, on the verifier's executor, and signatures are
 * checked with the JDK's provider until it is ready.
 */
public final class Signatures {
  /** Amazon Corretto Crypto Provider, looked for once per JVM. */
  static final FastProvider ACCP = new FastProvider(new AccpDetector());

  /** Finds a faster provider. */
  interface Detector {
    /**
     * Tells cheaply, on the caller's thread, whether the provider is there at all.
     *
     * @return false if it cannot be loaded
     */
    boolean present();

    /**
     * Loads the provider and checks it is healthy; slow, run on the executor.
     *
     * @return the provider, or null if it is unhealthy
     */
    Provider load();
  }

  private final Provider explicit;
  private final FastProvider fast;
  private final Executor executor;
  private final ThreadLocal<Engines> engines = new ThreadLocal<>() {
    @Override
    protected Engines initialValue() {
      return new Engines();
    }
  };

  /** One thread's engines, all from one provider. */
  private static final class Engines {
    Provider provider;
    final EnumMap<JwsAlgorithm, Signature> byAlgorithm = new EnumMap<>(JwsAlgorithm.class);
  }

  /**
   * Creates the engines for a provider.
   *
   * @param provider the provider, or null for ACCP when it is present (loaded on the executor), else the JDK's
   * @param executor where ACCP is loaded when no provider is given
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
   * Tells that a signature check is done: the first time, a faster provider starts loading in the background.
   * Cheap enough to call after every check (one atomic read once started).
   */
  public void checked() {
    if (fast != null) {
      fast.load(executor);
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
    Engines mine = engines.get();
    if (mine.provider != want) {
      // ACCP became ready since this thread's engines were made: make them again from it.
      mine.byAlgorithm.clear();
      mine.provider = want;
    }
    Signature s = mine.byAlgorithm.get(alg);
    if (s == null) {
      s = create(alg, want);
      mine.byAlgorithm.put(alg, s);
    }
    return s;
  }

  private static Signature create(JwsAlgorithm alg, Provider provider) throws NoSuchAlgorithmException {
    if (provider != null) {
      try {
        return Signature.getInstance(alg.jcaName(), provider);
      } catch (NoSuchAlgorithmException e) {
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
   * A faster provider that is loaded in the background, once: {@link #ready()} is null until it is loaded, and
   * stays null if it is absent or unhealthy. Thread-safe.
   */
  static final class FastProvider {
    private final Detector detector;
    // A volatile field and a lock rather than an AtomicBoolean: its VarHandle costs milliseconds at start-up.
    private volatile boolean started;
    private volatile Provider provider;

    FastProvider(Detector detector) {
      this.detector = detector;
    }

    /** Starts loading on the executor unless that has been done; a rejected start is tried again next time. */
    void load(Executor executor) {
      if (started || !claim()) {
        return;
      }
      if (!detector.present()) {
        return; // nothing to load: no task, no thread
      }
      try {
        executor.execute(new Runnable() {
          @Override
          public void run() {
            provider = detector.load();
          }
        });
      } catch (RejectedExecutionException e) {
        started = false;
        Log.LOG.debug("The executor rejected loading a faster signature provider; the JDK's is used meanwhile");
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

  /** Finds ACCP on the class path and checks it is healthy. */
  private static final class AccpDetector implements Detector {
    private static final String CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

    @Override
    public boolean present() {
      ClassLoader loader = Signatures.class.getClassLoader();
      String resource = CLASS.replace('.', '/') + ".class";
      return loader == null ? ClassLoader.getSystemResource(resource) != null : loader.getResource(resource) != null;
    }

    @Override
    public Provider load() {
      try {
        Class<?> accp = Class.forName(CLASS);
        Provider p = (Provider) accp.getField("INSTANCE").get(null);
        accp.getMethod("assertHealthy").invoke(p);
        Log.LOG.debug("Using Amazon Corretto Crypto Provider for signature checks");
        return p;
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null;
      }
    }
  }

  /** The logger, made on first use: a verifier that has nothing to log does not start SLF4J. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Signatures.class);
  }
}
