package io.github.cognitokit.examples;

import io.github.cognitokit.admin.ChangeReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Progress lines and the record of what a scenario did and checked. */
final class Console {
  private final PrintStream out;
  final List<ChangeReport> reports = new ArrayList<>();
  final List<String> checks = new ArrayList<>();
  final List<String> failures = new ArrayList<>();

  Console(PrintStream out) {
    this.out = out;
  }

  void step(String text) {
    out.println("==> " + text);
  }

  void info(String text) {
    out.println("    " + text);
  }

  ChangeReport report(ChangeReport report) {
    reports.add(report);
    out.println("    " + report.change() + " " + report.resource()
        + (report.fields().isEmpty() ? "" : " " + report.fields()));
    return report;
  }

  void check(String what, boolean ok) {
    if (ok) {
      checks.add(what);
      out.println("    ok: " + what);
    } else {
      failures.add(what);
      out.println("    FAILED: " + what);
    }
  }

  boolean unchanged() {
    return reports.stream().noneMatch(ChangeReport::changed);
  }
}
