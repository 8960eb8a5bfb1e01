package io.github.cognitokit.auth.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK interceptor that records every request by operation name, and can answer operations the emulator lacks
 * with a canned body, as the Cognito API reference documents it.
 */
public final class Recorder implements ExecutionInterceptor {
  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, java.util.Deque<String>> canned = new ConcurrentHashMap<>();

  /** Answers every later call of the operation with this body. */
  public Recorder answer(String operation, String json) {
    java.util.Deque<String> q = new java.util.concurrent.ConcurrentLinkedDeque<>();
    q.add(json);
    canned.put(operation, q);
    return this;
  }

  /** Answers the next calls of the operation with these bodies in turn; the last one repeats. */
  public Recorder answerInTurn(String operation, String... jsons) {
    canned.put(operation, new java.util.concurrent.ConcurrentLinkedDeque<>(List.of(jsons)));
    return this;
  }

  public void stopAnswering() {
    canned.clear();
  }

  private String next(String operation) {
    java.util.Deque<String> q = operation == null ? null : canned.get(operation);
    if (q == null || q.isEmpty()) {
      return null;
    }
    return q.size() > 1 ? q.pollFirst() : q.peekFirst();
  }

  @SuppressWarnings("unchecked")
  public <T extends SdkRequest> List<T> requests(Class<T> type) {
    return requests.stream().filter(type::isInstance).map(r -> (T) r).toList();
  }

  public <T extends SdkRequest> T last(Class<T> type) {
    List<T> all = requests(type);
    if (all.isEmpty()) {
      throw new AssertionError("no " + type.getSimpleName() + " was sent");
    }
    return all.get(all.size() - 1);
  }

  public void clear() {
    requests.clear();
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    requests.add(context.request());
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    if (canned.containsKey(operation(attributes)) && !canned.get(operation(attributes)).isEmpty()) {
      return context.httpResponse().toBuilder().statusCode(200).statusText("OK").clearHeaders()
          .putHeader("Content-Type", "application/x-amz-json-1.1")
          .putHeader("x-amzn-RequestId", "canned-request").build();
    }
    return context.httpResponse();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    String body = next(operation(attributes));
    if (body != null) {
      return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
    return context.responseBody();
  }

  private static String operation(ExecutionAttributes attributes) {
    return attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
  }
}
