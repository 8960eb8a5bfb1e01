package io.github.cognitokit.admin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * Lists the users of a pool, page by page as the stream is read (60 per page), each page retried on throttling.
 *
 * <pre>{@code
 * List<UserSummary> a = pool.users().filter(Filter.emailStartsWith("a")).list();
 * }</pre>
 */
public final class UserQuery {
  private final CognitoAdmin admin;
  private final UserPool pool;
  private Filter filter;
  private long limit = Long.MAX_VALUE;

  UserQuery(CognitoAdmin admin, UserPool pool) {
    this.admin = admin;
    this.pool = pool;
  }

  /**
   * Keeps only users matching the filter.
   *
   * @param filter the filter
   * @return this query
   * @throws IllegalArgumentException if null
   */
  public UserQuery filter(Filter filter) {
    if (filter == null) {
      throw new IllegalArgumentException("filter must not be null");
    }
    this.filter = filter;
    return this;
  }

  /**
   * Stops after this many users.
   *
   * @param limit one or more
   * @return this query
   * @throws IllegalArgumentException if below one
   */
  public UserQuery limit(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
    return this;
  }

  /**
   * Streams the users; pages are fetched as it is read. Cognito may return empty pages with a next-page token; they
   * are followed until the last page.
   *
   * @return the users
   * @throws CognitoAdminException while reading, if Cognito cannot be read
   */
  public Stream<UserSummary> stream() {
    String poolId = pool.id();
    String expression = filter == null ? null : filter.expression();
    Spliterator<UserSummary> pages = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED
        | Spliterator.NONNULL) {
      private final Deque<UserSummary> buffer = new ArrayDeque<>();
      private String token;
      private boolean last;

      @Override
      public boolean tryAdvance(Consumer<? super UserSummary> action) {
        while (buffer.isEmpty() && !last) {
          String t = token;
          ListUsersResponse page = admin.gateway().listUsers("users of " + pool.name(), poolId, expression, t);
          page.users().forEach(u -> buffer.add(summary(u)));
          token = page.paginationToken();
          last = token == null || token.isEmpty();
        }
        UserSummary next = buffer.poll();
        if (next == null) {
          return false;
        }
        action.accept(next);
        return true;
      }
    };
    return StreamSupport.stream(pages, false).limit(limit);
  }

  /**
   * Reads every matching user.
   *
   * @return the users
   * @throws CognitoAdminException if Cognito cannot be read
   */
  public List<UserSummary> list() {
    return stream().toList();
  }

  static UserSummary summary(UserType u) {
    Map<String, String> attributes = new LinkedHashMap<>();
    u.attributes().forEach(a -> attributes.put(a.name(), a.value()));
    return new UserSummary(u.username(), u.userStatusAsString(), u.enabled() == null || u.enabled(), attributes,
        u.userCreateDate(), u.userLastModifiedDate());
  }
}
