package io.github.cognitokit.admin;

/**
 * A pool file that cannot be used: a YAML or JSON syntax error, an unknown key, a value of the wrong type, or a
 * setting Cognito would refuse. The message starts with where it is, as editors and compilers print it:
 * {@code pool.yaml:12:5: clients[0].authFlows[1]: ...}.
 *
 * <p>Nothing is written to Cognito when a file has an error: every setting is checked before the first call. Values
 * of secret settings never appear in the message.
 */
public final class PoolFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file's name. */
  private final String source;
  /** The line, from 1; 0 if unknown. */
  private final int line;
  /** The column, from 1; 0 if unknown. */
  private final int column;
  /** The setting's path in the file. */
  private final String path;
  /** What is wrong. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file's name, as given to the reader
   * @param line the line, from 1; 0 if unknown
   * @param column the column, from 1; 0 if unknown
   * @param path the setting's path in the file, for example {@code clients[0].authFlows}; empty for the whole file
   * @param problem what is wrong
   */
  public PoolFileException(String source, int line, int column, String path, String problem) {
    super(format(source, line, column, path, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path == null ? "" : path;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    StringBuilder s = new StringBuilder(source == null ? "pool file" : source);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ");
    if (path != null && !path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(problem).toString();
  }

  /**
   * Returns the file's name, as given to the reader.
   *
   * @return for example {@code pool.yaml}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the setting at fault.
   *
   * @return the line, from 1; 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the setting at fault.
   *
   * @return the column, from 1; 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the setting's path in the file.
   *
   * @return for example {@code clients[0].authFlows[1]}; empty for the whole file
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
