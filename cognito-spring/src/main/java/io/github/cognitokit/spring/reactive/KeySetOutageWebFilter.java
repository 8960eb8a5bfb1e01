package io.github.cognitokit.spring.reactive;

import io.github.cognitokit.spring.internal.JwtConversion;
import io.github.cognitokit.spring.internal.Outage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The WebFlux counterpart of {@code KeySetOutageFilter}: answers 503 with {@code Retry-After} when a request fails
 * because the user pool's key set cannot be fetched, instead of a 500 or a 401. Every other request and failure
 * passes through untouched.
 *
 * <p>Its {@link #getOrder() order} puts it in front of Spring Security's {@code WebFilterChainProxy}; declare it as a
 * bean (the Cognito auto-configuration does). Thread-safe.
 */
public final class KeySetOutageWebFilter implements WebFilter, Ordered {
  /** The Retry-After delay unless one is given: 5 seconds. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
  /** Just before Spring Security's web filter chain, which is ordered at -100. */
  public static final int ORDER = -101;

  private final String retryAfter;

  /** Creates a filter that answers {@code Retry-After: 5}. */
  public KeySetOutageWebFilter() {
    this(DEFAULT_RETRY_AFTER);
  }

  /**
   * Creates a filter.
   *
   * @param retryAfter the delay to ask clients to wait; rounded up to whole seconds, at least 1
   * @throws IllegalArgumentException if it is null or negative
   */
  public KeySetOutageWebFilter(Duration retryAfter) {
    this.retryAfter = Outage.retryAfterHeader(retryAfter);
  }

  /**
   * Passes the exchange on, and answers 503 if it fails for want of the key set.
   *
   * @param exchange the exchange
   * @param chain the rest of the chain
   * @return completion
   */
  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return chain.filter(exchange).onErrorResume(e -> JwtConversion.isKeySetOutage(e)
        && !exchange.getResponse().isCommitted(), e -> answer(exchange.getResponse()));
  }

  private Mono<Void> answer(ServerHttpResponse response) {
    response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
    response.getHeaders().set("Retry-After", retryAfter);
    response.getHeaders().set("Cache-Control", "no-store");
    response.getHeaders().setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
    DataBuffer body = response.bufferFactory().wrap(Outage.BODY.getBytes(StandardCharsets.UTF_8));
    return response.writeWith(Mono.just(body));
  }

  /**
   * Returns {@link #ORDER}.
   *
   * @return the order
   */
  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public String toString() {
    return "KeySetOutageWebFilter{retryAfter=" + retryAfter + "s}";
  }
}
