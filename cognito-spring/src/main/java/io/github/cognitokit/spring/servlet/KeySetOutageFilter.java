package io.github.cognitokit.spring.servlet;

import io.github.cognitokit.spring.internal.JwtConversion;
import io.github.cognitokit.spring.internal.Outage;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 503 with {@code Retry-After} when a request fails because the user pool's key set cannot be fetched,
 * instead of the 500 that Spring Security's rethrown service failure would become, or the 401 that would make clients
 * throw away good tokens. Every other request and failure passes through untouched.
 *
 * <p>Place it in front of Spring Security's filter chain. Spring Boot with the Cognito auto-configuration does this
 * for you; otherwise register it yourself, for example with a {@code FilterRegistrationBean} ordered before
 * {@code springSecurityFilterChain}. Thread-safe.
 */
public final class KeySetOutageFilter implements Filter {
  /** Just before Spring Security's filter chain, which Spring Boot registers at order -100. */
  public static final int ORDER = -101;
  /** The Retry-After delay unless one is given: 5 seconds, as {@code CognitoAuthFilter} answers. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
  private static final Logger LOG = LoggerFactory.getLogger(KeySetOutageFilter.class);

  private final String retryAfter;

  /** Creates a filter that answers {@code Retry-After: 5}. */
  public KeySetOutageFilter() {
    this(DEFAULT_RETRY_AFTER);
  }

  /**
   * Creates a filter.
   *
   * @param retryAfter the delay to ask clients to wait; rounded up to whole seconds, at least 1
   * @throws IllegalArgumentException if it is null or negative
   */
  public KeySetOutageFilter(Duration retryAfter) {
    this.retryAfter = Outage.retryAfterHeader(retryAfter);
  }

  /**
   * Passes the request on, and answers 503 if it fails for want of the key set.
   *
   * @param request the request
   * @param response the response
   * @param chain the rest of the chain
   * @throws IOException as the chain throws it
   * @throws ServletException as the chain throws it, unless it is a key-set outage
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!JwtConversion.isKeySetOutage(e) || response.isCommitted()
          || !(response instanceof HttpServletResponse http)) {
        throw e;
      }
      LOG.debug("Answering 503: the key set cannot be fetched", e);
      http.reset();
      http.setStatus(Outage.STATUS);
      http.setHeader("Retry-After", retryAfter);
      http.setHeader("Cache-Control", "no-store");
      http.setContentType("text/plain;charset=UTF-8");
      http.getOutputStream().write(Outage.BODY.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public String toString() {
    return "KeySetOutageFilter{retryAfter=" + retryAfter + "s}";
  }
}
