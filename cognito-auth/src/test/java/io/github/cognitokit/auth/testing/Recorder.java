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
  private final Map<String, String> canned = new ConcurrentHashMap<>();

  public Recorder answer(String operation, String json) {
    canned.put(operation, json);
    return this;
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
    if (canned.containsKey(operation(attributes))) {
      return context.httpResponse().toBuilder().statusCode(200).statusText("OK").clearHeaders()
          .putHeader("Content-Type", "application/x-amz-json-1.1")
          .putHeader("x-amzn-RequestId", "canned-request").build();
    }
    return context.httpResponse();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    String body = canned.get(operation(attributes));
    if (body != null) {
      return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
    return context.responseBody();
  }

  private static String operation(ExecutionAttributes attributes) {
    return attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
  }
}
