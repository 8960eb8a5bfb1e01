package io.github.cognitokit.admin;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Plays Cognito's quota for one operation: it answers TooManyRequestsException (and does nothing) to a fixed share
 * of the calls, decided by the calls' order, not by the clock: every {@code period}-th call among the first
 * {@code throttledCalls} calls. So the sync is throttled the same way on a fast machine and on a loaded one.
 */
final class RateCapInterceptor implements ExecutionInterceptor {
  private static final ExecutionAttribute<Boolean> THROTTLED = new ExecutionAttribute<>("rate-cap-throttled");
  private final String operation;
  private final int period;
  private final int throttledCalls;
  private int calls;
  final AtomicInteger throttled = new AtomicInteger();
  final AtomicInteger passed = new AtomicInteger();

  RateCapInterceptor(String operation, int period, int throttledCalls) {
    this.operation = operation;
    this.period = period;
    this.throttledCalls = throttledCalls;
  }

  /** Reads and closes the replaced body, so that its connection goes back to the pool. */
  static void drain(InputStream in) {
    try (in) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.io.IOException e) {
      // the connection is discarded instead
    }
  }

  private synchronized boolean admit() {
    calls++;
    return calls > throttledCalls || calls % period != 0;
  }

  @Override
  public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
    if (!operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
      return context.httpRequest();
    }
    if (admit()) {
      passed.incrementAndGet();
      attributes.putAttribute(THROTTLED, false);
      return context.httpRequest();
    }
    throttled.incrementAndGet();
    attributes.putAttribute(THROTTLED, true);
    return context.httpRequest().toBuilder()
        .putHeader("X-Amz-Target", "AWSCognitoIdentityProviderService.ThrottledByRateCap").build();
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    if (Boolean.TRUE.equals(attributes.getAttribute(THROTTLED))) {
      return context.httpResponse().toBuilder().statusCode(400).clearHeaders()
          .putHeader("Content-Type", "application/x-amz-json-1.1").build();
    }
    return context.httpResponse();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    if (Boolean.TRUE.equals(attributes.getAttribute(THROTTLED))) {
      context.responseBody().ifPresent(RateCapInterceptor::drain);
      return Optional.of(new ByteArrayInputStream("{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate exceeded\"}"
          .getBytes(StandardCharsets.UTF_8)));
    }
    return context.responseBody();
  }
}
