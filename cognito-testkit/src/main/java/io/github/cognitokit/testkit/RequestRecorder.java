package io.github.cognitokit.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK interceptor for tests: records every request with its operation name, and can answer an operation with a
 * canned response instead of the emulator's, for the operations the emulator lacks or to inject faults.
 *
 * <pre>{@code
 * RequestRecorder recorder = new RequestRecorder();
 * CognitoIdentityProviderClient cognito = emulator.newClient(recorder);
 * recorder.answer("RevokeToken", 200, "{}");                       // documented response shape
 * recorder.answerInTurn("CreateGroup", Reply.of(400, "{\"__type\":\"TooManyRequestsException\"}"));
 * ...
 * assertThat(recorder.last(RevokeTokenRequest.class).token()).isEqualTo(refreshToken);
 * assertThat(recorder.operations()).doesNotContain("UpdateUserPool");
 * }</pre>
 *
 * <p>A canned reply replaces the call: the request is diverted to an operation the emulator does not know, so it
 * changes nothing there, and the reply takes the place of the answer. Thread-safe.
 */
public final class RequestRecorder implements ExecutionInterceptor {
  /**
   * A canned reply.
   *
   * @param status the HTTP status
   * @param body the JSON body
   */
  public record Reply(int status, String body) {
    /**
     * Makes a reply.
     *
     * @param status the HTTP status
     * @param body the JSON body
     * @return the reply
     */
    public static Reply of(int status, String body) {
      return new Reply(status, body);
    }

    /**
     * A reply for {@link #answerWith} that lets this one call go through to the emulator unchanged.
     *
     * @return the pass-through reply
     */
    public static Reply passThrough() {
      return PASS_THROUGH;
    }

    /**
     * Describes the reply by status and body length only: canned bodies often hold tokens.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "Reply[status=" + status + ", body=" + (body == null ? 0 : body.length()) + " chars]";
    }
  }

  private static final Reply PASS_THROUGH = new Reply(-1, null);
  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> operations = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Reply>> canned = new ConcurrentHashMap<>();
  private final Map<String, Function<SdkRequest, Reply>> computed = new ConcurrentHashMap<>();
  /** The reply {@link #answerWith} computed for the call under way. */
  private static final ExecutionAttribute<Reply> COMPUTED_REPLY = new ExecutionAttribute<>("CognitoKitComputedReply");

  /** Creates a recorder with no canned replies. */
  public RequestRecorder() {}

  /**
   * Answers every later call of an operation with this reply.
   *
   * @param operation the operation name, such as {@code RevokeToken}
   * @param status the HTTP status
   * @param json the body
   * @return this recorder
   */
  public RequestRecorder answer(String operation, int status, String json) {
    Deque<Reply> q = new ConcurrentLinkedDeque<>();
    q.add(new Reply(status, json));
    canned.put(operation, q);
    return this;
  }

  /**
   * Answers the next calls of an operation with these replies in turn; after the last, calls go through to the
   * emulator again.
   *
   * @param operation the operation name
   * @param replies the replies
   * @return this recorder
   */
  public RequestRecorder answerInTurn(String operation, Reply... replies) {
    Deque<Reply> q = new ConcurrentLinkedDeque<>(List.of(replies));
    q.add(new Reply(-1, null));
    canned.put(operation, q);
    return this;
  }

  /**
   * Answers every later call of an operation with a reply computed from its request, for operations the emulator
   * lacks and whose answer depends on earlier calls: a small stand-in that keeps its own state. A canned reply of
   * {@link #answer} or {@link #answerInTurn} for the same operation comes first.
   *
   * <pre>{@code
   * Map<String, Map<String, String>> roles = new ConcurrentHashMap<>();
   * recorder.answerWith("SetIdentityPoolRoles", r -> {
   *   SetIdentityPoolRolesRequest set = (SetIdentityPoolRolesRequest) r;
   *   roles.put(set.identityPoolId(), set.roles());
   *   return Reply.of(200, "{}");
   * });
   * }</pre>
   *
   * @param operation the operation name, such as {@code GetIdentityPoolRoles}
   * @param replier computes the reply, or {@link Reply#passThrough()} to let the call reach the emulator; it runs
   *     on the calling thread and must not return null
   * @return this recorder
   * @throws IllegalArgumentException if either is null
   */
  public RequestRecorder answerWith(String operation, Function<SdkRequest, Reply> replier) {
    if (operation == null || replier == null) {
      throw new IllegalArgumentException("answerWith needs an operation and a replier");
    }
    computed.put(operation, replier);
    return this;
  }

  /** Stops every canned and computed reply. */
  public void stopAnswering() {
    canned.clear();
    computed.clear();
  }

  /**
   * Returns the requests of one type, in order.
   *
   * @param <T> the request type
   * @param type the request class
   * @return the requests
   */
  @SuppressWarnings("unchecked")
  public <T extends SdkRequest> List<T> requests(Class<T> type) {
    return requests.stream().filter(type::isInstance).map(r -> (T) r).toList();
  }

  /**
   * Returns the last request of one type.
   *
   * @param <T> the request type
   * @param type the request class
   * @return the request
   * @throws AssertionError if none was sent
   */
  public <T extends SdkRequest> T last(Class<T> type) {
    List<T> all = requests(type);
    if (all.isEmpty()) {
      throw new AssertionError("no " + type.getSimpleName() + " was sent");
    }
    return all.get(all.size() - 1);
  }

  /**
   * Returns the operation names of every call, in order (retries included).
   *
   * @return the names
   */
  public List<String> operations() {
    return List.copyOf(operations);
  }

  /** Forgets the recorded requests. */
  public void clear() {
    requests.clear();
    operations.clear();
  }

  /**
   * Describes the recorder by the operations it saw and those it answers; never a request's or a reply's content.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RequestRecorder[operations=" + operations + ", answering=" + canned.keySet()
        + (computed.isEmpty() ? "" : ", computing=" + computed.keySet()) + "]";
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    requests.add(context.request());
  }

  @Override
  public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
    Reply reply = peek(attributes);
    if (reply == null || reply.status() < 0) {
      Function<SdkRequest, Reply> replier = computed.get(attributes.getAttribute(
          SdkExecutionAttribute.OPERATION_NAME));
      if (replier == null) {
        return context.httpRequest();
      }
      Reply answer = replier.apply(context.request());
      if (answer == null) {
        throw new IllegalStateException("the replier of " + attributes.getAttribute(
            SdkExecutionAttribute.OPERATION_NAME) + " returned null");
      }
      if (answer.status() < 0) {
        return context.httpRequest();
      }
      attributes.putAttribute(COMPUTED_REPLY, answer);
    }
    String target = context.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
    String service = target.contains(".") ? target.substring(0, target.indexOf('.')) : target;
    return context.httpRequest().toBuilder().putHeader("X-Amz-Target", service + ".CannedByRequestRecorder").build();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
  }

  private Reply peek(ExecutionAttributes attributes) {
    Deque<Reply> q = canned.get(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    return q == null ? null : q.peekFirst();
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    Reply reply = attributes.getAttribute(COMPUTED_REPLY);
    if (reply == null) {
      reply = peek(attributes);
    }
    if (reply == null || reply.status() < 0) {
      return context.httpResponse();
    }
    return context.httpResponse().toBuilder().statusCode(reply.status()).statusText("canned").clearHeaders()
        .putHeader("Content-Type", "application/x-amz-json-1.1").putHeader("x-amzn-RequestId", "canned-request")
        .build();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    Reply answer = attributes.getAttribute(COMPUTED_REPLY);
    if (answer != null) {
      context.responseBody().ifPresent(RequestRecorder::drain);
      return Optional.of(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    }
    Deque<Reply> q = canned.get(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    Reply reply = q == null ? null : q.size() > 1 ? q.pollFirst() : q.peekFirst();
    if (reply == null) {
      return context.responseBody();
    }
    if (reply.status() < 0) {
      q.clear();
      return context.responseBody();
    }
    context.responseBody().ifPresent(RequestRecorder::drain);
    return Optional.of(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
  }

  /** Reads and closes the replaced body, so that its HTTP connection goes back to the pool. */
  private static void drain(InputStream in) {
    try (in) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the connection is discarded instead of reused
    }
  }
}
