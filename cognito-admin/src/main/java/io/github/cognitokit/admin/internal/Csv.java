package io.github.cognitokit.admin.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF. */
public final class Csv {
  /**
   * A record with the line it starts on.
   *
   * @param line the 1-based line number
   * @param fields the fields
   */
  public record Row(int line, List<String> fields) {}

  /** Thrown for text that is not CSV, with the line. */
  public static final class CsvException extends Exception {
    private static final long serialVersionUID = 1L;

    CsvException(String message) {
      super(message);
    }
  }

  private Csv() {}

  /**
   * Reads every record.
   *
   * @param reader the text
   * @return the records; blank lines are left out
   * @throws IOException if reading fails
   * @throws CsvException for an unterminated quote, or text next to a quoted field
   */
  public static List<Row> read(Reader reader) throws IOException, CsvException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) != -1) {
      all.append(buffer, 0, n);
    }
    String s = all.toString();
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int i = 0;
    boolean rowHasContent = false;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '"' && field.length() == 0) {
        int start = line;
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new CsvException("line " + start + ": a quoted field is not closed");
          }
          char q = s.charAt(i);
          if (q == '"') {
            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          field.append(q);
          i++;
        }
        rowHasContent = true;
        if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          throw new CsvException("line " + line + ": text after a closing quote");
        }
        continue;
      }
      if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        rowHasContent = true;
        i++;
      } else if (ch == '\r' || ch == '\n') {
        i += ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
        if (rowHasContent || field.length() > 0) {
          fields.add(field.toString());
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        rowHasContent = false;
        line++;
        rowLine = line;
      } else {
        if (ch == '"') {
          throw new CsvException("line " + line + ": a quote inside an unquoted field");
        }
        field.append(ch);
        i++;
      }
    }
    if (rowHasContent || field.length() > 0) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }
}
