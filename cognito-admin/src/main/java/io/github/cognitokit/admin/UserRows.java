package io.github.cognitokit.admin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.cognitokit.admin.internal.Args;
import io.github.cognitokit.admin.internal.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The users a directory wants, read from a collection, a CSV file or JSON lines, with the rows that could not be
 * used and why. Bad rows (no user name, an invalid e-mail or phone, an unreadable {@code enabled}, a user name that
 * appears twice) are reported with their line and left out whole; they are never half-applied.
 *
 * <h2>CSV</h2>
 *
 * <p>The first row names the columns (any order, names case-insensitive): {@code username} (required),
 * {@code email}, {@code email_verified}, {@code phone_number}, {@code given_name}, {@code family_name}, {@code name}
 * and any other standard attribute; {@code groups} (separated by {@code ;}); {@code enabled} ({@code true} or
 * {@code false}); {@code password}; every other column is a custom attribute ({@code department} becomes
 * {@code custom:department}). Empty cells are ignored, so a CSV that leaves a column blank changes nothing there.
 *
 * <h2>JSON lines</h2>
 *
 * <p>One object per line: {@code {"username":"alice","attributes":{"email":"a@example.com","department":"ops"},
 * "groups":["admins"],"enabled":true,"password":"..."}}.
 */
public final class UserRows {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

  /**
   * A row that was left out.
   *
   * @param line the 1-based line (0 for users given in code)
   * @param username the user name, if it could be read
   * @param reason why it was left out
   */
  public record RowError(int line, String username, String reason) {
    @Override
    public String toString() {
      return "line " + line + (username == null ? "" : " (" + username + ")") + ": " + reason;
    }
  }

  private final List<DesiredUser> users;
  private final List<RowError> errors;

  private UserRows(List<DesiredUser> users, List<RowError> errors) {
    this.users = List.copyOf(users);
    this.errors = List.copyOf(errors);
  }

  /**
   * Takes users given in code, leaving out duplicates.
   *
   * @param users the users
   * @return the rows
   * @throws IllegalArgumentException if null
   */
  public static UserRows of(Collection<DesiredUser> users) {
    if (users == null) {
      throw new IllegalArgumentException("users must not be null");
    }
    return checked(new ArrayList<>(users), new ArrayList<>());
  }

  /**
   * Reads CSV as described in the class comment.
   *
   * @param reader the CSV text; not closed
   * @return the rows
   * @throws IllegalArgumentException if the text is not CSV or has no {@code username} column
   * @throws UncheckedIOException if reading fails
   */
  public static UserRows csv(Reader reader) {
    Args.notNull(reader, "reader");
    List<Csv.Row> rows;
    try {
      rows = Csv.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Csv.CsvException e) {
      throw new IllegalArgumentException("the CSV is not readable: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      return new UserRows(List.of(), List.of());
    }
    List<String> header = rows.get(0).fields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    if (!header.contains("username")) {
      throw new IllegalArgumentException("the CSV header has no username column: " + header);
    }
    List<DesiredUser> users = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size() && i < row.fields().size(); i++) {
        String v = row.fields().get(i).trim();
        if (!v.isEmpty()) {
          cells.put(header.get(i), v);
        }
      }
      if (row.fields().size() > header.size()) {
        errors.add(new RowError(row.line(), cells.get("username"), "has " + row.fields().size()
            + " cells, the header " + header.size()));
        continue;
      }
      try {
        users.add(fromCells(cells, row.line()));
      } catch (IllegalArgumentException e) {
        errors.add(new RowError(row.line(), cells.get("username"), e.getMessage()));
      }
    }
    return checked(users, errors);
  }

  private static DesiredUser fromCells(Map<String, String> cells, int line) {
    String username = cells.get("username");
    if (username == null) {
      throw new IllegalArgumentException("no username");
    }
    DesiredUser.Builder b = DesiredUser.builder(username).line(line);
    for (Map.Entry<String, String> e : cells.entrySet()) {
      String k = e.getKey();
      String v = e.getValue();
      switch (k) {
        case "username" -> { }
        case "groups" -> b.groups(v.split("\\s*;\\s*"));
        case "enabled" -> b.enabled(bool(v, "enabled"));
        case "password" -> b.password(v);
        default -> b.attribute(k, v);
      }
    }
    return b.build();
  }

  private static boolean bool(String v, String field) {
    String s = v.toLowerCase(Locale.ROOT);
    if (!s.equals("true") && !s.equals("false")) {
      throw new IllegalArgumentException(field + " must be true or false, was '" + v + "'");
    }
    return s.equals("true");
  }

  /**
   * Reads JSON lines as described in the class comment. Blank lines are skipped.
   *
   * @param reader the text; not closed
   * @return the rows
   * @throws UncheckedIOException if reading fails
   */
  public static UserRows jsonLines(Reader reader) {
    Args.notNull(reader, "reader");
    List<DesiredUser> users = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int line = 0;
    try {
      String text;
      while ((text = lines.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        String username = null;
        try (JsonParser json = JSON.createParser(text)) {
          if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("not a JSON object");
          }
          Row row = new Row();
          while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
              case "username" -> {
                row.username = string(json, value, "username");
                username = row.username;                  // so that a later error names the user
              }
              case "password" -> row.password = string(json, value, "password");
              case "enabled" -> {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                  throw new IllegalArgumentException("enabled must be true or false");
                }
                row.enabled = value == JsonToken.VALUE_TRUE;
              }
              case "attributes" -> {
                if (value != JsonToken.START_OBJECT) {
                  throw new IllegalArgumentException("attributes must be an object");
                }
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                  String name = json.currentName();
                  JsonToken v = json.nextToken();
                  if (!v.isScalarValue() || v == JsonToken.VALUE_NULL) {
                    throw new IllegalArgumentException("attribute " + name + " must be a string, number or boolean");
                  }
                  row.attributes.put(name, json.getText());
                }
              }
              case "groups" -> {
                if (value != JsonToken.START_ARRAY) {
                  throw new IllegalArgumentException("groups must be an array");
                }
                JsonToken g;
                while ((g = json.nextToken()) != JsonToken.END_ARRAY) {
                  row.groups.add(string(json, g, "each group"));
                }
              }
              default -> json.skipChildren();            // other keys are the source's own business
            }
          }
          if (json.nextToken() != null) {
            throw new IllegalArgumentException("text after the JSON object");
          }
          username = row.username;
          if (username == null) {
            throw new IllegalArgumentException("no username");
          }
          DesiredUser.Builder b = DesiredUser.builder(username).line(line);
          row.attributes.forEach(b::attribute);
          if (!row.groups.isEmpty()) {
            b.groups(row.groups.toArray(String[]::new));
          }
          if (row.enabled != null) {
            b.enabled(row.enabled);
          }
          if (row.password != null) {
            b.password(row.password);
          }
          users.add(b.build());
        } catch (JsonProcessingException e) {
          errors.add(new RowError(line, username, "not valid JSON"));
        } catch (RuntimeException e) {
          String reason = e instanceof IllegalArgumentException ? e.getMessage() : "not valid JSON";
          errors.add(new RowError(line, username, reason));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return checked(users, errors);
  }

  /** JSON-lines parsing: Jackson's streaming parser, refusing duplicate keys. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** One JSON line's fields, before the checks of {@link DesiredUser.Builder}. */
  private static final class Row {
    String username;
    String password;
    Boolean enabled;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<String> groups = new ArrayList<>();
  }

  private static String string(JsonParser json, JsonToken token, String what) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException(what + " must be a string");
    }
    return json.getText();
  }

  /** Checks values and drops every row of a user name that appears twice. */
  private static UserRows checked(List<DesiredUser> users, List<RowError> errors) {
    Map<String, List<DesiredUser>> byName = new LinkedHashMap<>();
    for (DesiredUser u : users) {
      byName.computeIfAbsent(u.username(), k -> new ArrayList<>()).add(u);
    }
    List<DesiredUser> ok = new ArrayList<>();
    for (List<DesiredUser> same : byName.values()) {
      if (same.size() > 1) {
        for (DesiredUser u : same) {
          errors.add(new RowError(u.line(), u.username(), "user name appears " + same.size() + " times"));
        }
        continue;
      }
      DesiredUser u = same.get(0);
      String email = u.attributes().get("email");
      String phone = u.attributes().get("phone_number");
      String verified = u.attributes().get("email_verified");
      if (email != null && !EMAIL.matcher(email).matches()) {
        errors.add(new RowError(u.line(), u.username(), "invalid email '" + email + "'"));
      } else if (phone != null && !PHONE.matcher(phone).matches()) {
        errors.add(new RowError(u.line(), u.username(), "invalid phone_number '" + phone + "' (E.164 expected)"));
      } else if (verified != null && !Set.of("true", "false").contains(verified)) {
        errors.add(new RowError(u.line(), u.username(), "email_verified must be true or false"));
      } else {
        ok.add(u);
      }
    }
    errors.sort(java.util.Comparator.comparingInt(RowError::line));
    return new UserRows(ok, errors);
  }

  /**
   * Returns the usable users.
   *
   * @return the users, in source order
   */
  public List<DesiredUser> users() {
    return users;
  }

  /**
   * Returns the rows that were left out.
   *
   * @return the errors, by line
   */
  public List<RowError> errors() {
    return errors;
  }

  @Override
  public String toString() {
    return "UserRows{users=" + users.size() + ", errors=" + errors.size() + "}";
  }
}
