package io.github.cognitokit.tokens.internal;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signature engines for the verifier, one per thread and algorithm, so the hot path does no provider lookup.
 *
 * <p>The provider is, in this order: the one the verifier was built with; Amazon Corretto Crypto Provider when it is on
 * the class path and healthy (without installing it in the JVM's global provider list); the JDK's. An algorithm the
 * chosen provider lacks falls back to the JDK's.
 */
public final class Signatures {
  private static final Logger LOG = LoggerFactory.getLogger(Signatures.class);
  private final Provider provider;
  private final ThreadLocal<Map<JwsAlgorithm, Signature>> engines;

  /**
   * Creates the engines for a provider.
   *
   * @param provider the provider, or null for the detected default
   */
  public Signatures(Provider provider) {
    this.provider = provider != null ? provider : Detected.PROVIDER;
    this.engines = ThreadLocal.withInitial(() -> new EnumMap<>(JwsAlgorithm.class));
  }

  /**
   * Returns this thread's engine for an algorithm; the caller initializes it for each use.
   *
   * @param alg the algorithm
   * @return the engine
   * @throws NoSuchAlgorithmException if no provider has it
   */
  public Signature get(JwsAlgorithm alg) throws NoSuchAlgorithmException {
    Map<JwsAlgorithm, Signature> mine = engines.get();
    Signature s = mine.get(alg);
    if (s == null) {
      s = create(alg);
      mine.put(alg, s);
    }
    return s;
  }

  private Signature create(JwsAlgorithm alg) throws NoSuchAlgorithmException {
    if (provider != null) {
      try {
        return Signature.getInstance(alg.jcaName(), provider);
      } catch (NoSuchAlgorithmException e) {
        LOG.debug("{} lacks {}; using the JDK's provider", provider.getName(), alg.jcaName());
      }
    }
    return Signature.getInstance(alg.jcaName());
  }

  /**
   * Returns the provider in use.
   *
   * @return the provider, or null for the JDK's default order
   */
  public Provider provider() {
    return provider;
  }

  /** Looks for ACCP once, and only when a verifier without an explicit provider is built. */
  private static final class Detected {
    static final Provider PROVIDER = detect();

    private Detected() {}
  }

  private static Provider detect() {
    try {
      Class<?> accp = Class.forName("com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider");
      Provider p = (Provider) accp.getField("INSTANCE").get(null);
      accp.getMethod("assertHealthy").invoke(p);
      LOG.debug("Using Amazon Corretto Crypto Provider for signature checks");
      return p;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }
}
