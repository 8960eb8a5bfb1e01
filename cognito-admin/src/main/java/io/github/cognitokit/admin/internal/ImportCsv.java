package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.DesiredUser;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the CSV file of a user import job: the columns {@code GetCSVHeader} gave, one row per user, RFC 4180
 * quoting. Pure. Cognito's import takes no passwords, groups or enabled state, so users that set one are refused
 * rather than imported without it.
 */
public final class ImportCsv {
  private ImportCsv() {}

  /**
   * Writes the file.
   *
   * @param header the pool's columns, from {@code GetCSVHeader}
   * @param users the users
   * @return the CSV text
   * @throws IllegalArgumentException if a user sets a password, groups or the enabled state, or an attribute the
   *     header lacks (named with the user)
   */
  public static String write(List<String> header, Iterable<DesiredUser> users) {
    Set<String> columns = new HashSet<>(header);
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", header.stream().map(ImportCsv::quoted).toList())).append("\r\n");
    Set<String> seen = new LinkedHashSet<>();
    for (DesiredUser u : users) {
      if (!seen.add(u.username())) {
        throw new IllegalArgumentException("user " + u.username() + " is listed twice");
      }
      if (u.password().isPresent() || u.groups().isPresent() || u.enabled().isPresent()) {
        throw new IllegalArgumentException("user " + u.username() + ": an import job takes no password, groups or"
            + " enabled state (imported users reset their password at first sign-in); use provisioning() for those");
      }
      Map<String, String> attributes = u.attributes();
      for (String name : attributes.keySet()) {
        if (!columns.contains(name)) {
          throw new IllegalArgumentException("user " + u.username() + ": the pool's import columns have no " + name);
        }
      }
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < header.size(); i++) {
        String column = header.get(i);
        String value = switch (column) {
          case "cognito:username" -> u.username();
          case "cognito:mfa_enabled" -> attributes.getOrDefault(column, "false");
          case "email_verified", "phone_number_verified" -> attributes.getOrDefault(column, "false");
          default -> attributes.getOrDefault(column, "");
        };
        row.append(i == 0 ? "" : ",").append(quoted(value));
      }
      csv.append(row).append("\r\n");
    }
    return csv.toString();
  }

  private static String quoted(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
