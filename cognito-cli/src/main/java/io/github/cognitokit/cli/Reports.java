package io.github.cognitokit.cli;

import io.github.cognitokit.admin.ChangeReport;
import io.github.cognitokit.admin.ChangeReport.Change;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prints change reports: one line per resource, one more per changed field, and a summary. */
final class Reports {
  private Reports() {}

  static void print(PrintWriter out, ChangeReport r) {
    String mark = switch (r.change()) {
      case CREATED -> "+";
      case UPDATED -> "~";
      case DELETED -> "-";
      default -> "=";
    };
    out.println(mark + " " + r.resource() + (r.change() == Change.UNCHANGED ? "" : ": " + r.change()
        .name().toLowerCase(java.util.Locale.ROOT)));
    for (ChangeReport.FieldChange f : r.fields()) {
      out.println("    " + f);
    }
    out.flush();
  }

  static String summary(String what, List<ChangeReport> reports) {
    Map<Change, Integer> counts = new EnumMap<>(Change.class);
    reports.forEach(r -> counts.merge(r.change(), 1, Integer::sum));
    return what + ": " + counts.getOrDefault(Change.CREATED, 0) + " created, "
        + counts.getOrDefault(Change.UPDATED, 0) + " updated, " + counts.getOrDefault(Change.DELETED, 0)
        + " deleted, " + counts.getOrDefault(Change.UNCHANGED, 0) + " unchanged.";
  }
}
