package io.github.cognitokit.admin.internal;

import io.github.cognitokit.admin.PoolFileException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One value of a pool file (YAML 1.2, so JSON too) with where it stands: every read names the setting's path, line
 * and column when the value is missing, of the wrong type or not allowed. Parsing is snakeyaml-engine's; this class
 * only reads its node tree.
 */
public final class FileNode {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(d|h|m|s)");

  private static final JsonFactory JSON = new JsonFactory();

  private final Node node;
  private final String path;
  private final Context context;

  private record Context(String source, Function<String, String> variables) {}

  private FileNode(Node node, String path, Context context) {
    this.node = node;
    this.path = path;
    this.context = context;
  }

  /**
   * Parses a file.
   *
   * @param text the file's text
   * @param source the file's name, for messages
   * @param variables values of {@code ${NAME}} placeholders (null when unset)
   * @return the root, a mapping
   * @throws PoolFileException on a syntax error, a duplicate key, or a root that is not a mapping
   */
  public static FileNode parse(String text, String source, Function<String, String> variables) {
    LoadSettings settings = LoadSettings.builder().setLabel(source).setSchema(new CoreSchema())
        .setAllowDuplicateKeys(false).setMaxAliasesForCollections(50).setUseMarks(true).build();
    Optional<Node> root;
    try {
      root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() == null ? "not valid YAML or JSON" : "not valid YAML or JSON: " + e.getProblem();
      throw new PoolFileException(source, mark.map(m -> m.getLine() + 1).orElse(0),
          mark.map(m -> m.getColumn() + 1).orElse(0), "", problem);
    } catch (YamlEngineException e) {
      throw new PoolFileException(source, 0, 0, "", "not valid YAML or JSON: " + e.getMessage());
    }
    if (root.isEmpty()) {
      throw new PoolFileException(source, 1, 1, "", "the file is empty");
    }
    FileNode r = new FileNode(root.get(), "", new Context(source, variables));
    r.requireMap();
    r.requireUniqueKeys();
    return r;
  }

  /** Refuses a key that a mapping has twice, anywhere in the tree (the composer keeps both). */
  private void requireUniqueKeys() {
    if (node instanceof MappingNode m) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (NodeTuple t : m.getValue()) {
        String key = keyOf(t);
        if (!seen.add(key)) {
          throw new FileNode(t.getKeyNode(), join(key), context).error("this key is given a second time");
        }
        new FileNode(t.getValueNode(), join(key), context).requireUniqueKeys();
      }
    } else if (node instanceof SequenceNode) {
      items().forEach(FileNode::requireUniqueKeys);
    }
  }

  /**
   * Returns the path of this value in the file.
   *
   * @return for example {@code clients[0].name}; empty for the root
   */
  public String path() {
    return path;
  }

  /**
   * Returns an error about this value, with its location.
   *
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public PoolFileException error(String problem) {
    Optional<Mark> mark = node.getStartMark();
    return new PoolFileException(context.source(), mark.map(m -> m.getLine() + 1).orElse(0),
        mark.map(m -> m.getColumn() + 1).orElse(0), path, problem);
  }

  /**
   * Runs a setter, turning its {@link IllegalArgumentException} into an error at this value.
   *
   * @param setter the setter
   * @throws PoolFileException if the setter refuses the value
   */
  public void apply(Runnable setter) {
    try {
      setter.run();
    } catch (PoolFileException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(e.getMessage());
    }
  }

  /**
   * Tells whether this value is null ({@code ~}, {@code null} or empty).
   *
   * @return true if null
   */
  public boolean isNull() {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  /**
   * Tells whether this value is a mapping.
   *
   * @return true if a mapping
   */
  public boolean isMap() {
    return node instanceof MappingNode;
  }

  /**
   * Tells whether this value is a scalar (text, number or boolean, not null).
   *
   * @return true if a scalar
   */
  public boolean isScalar() {
    return node instanceof ScalarNode && !isNull();
  }

  /**
   * Requires a mapping whose keys are all among the allowed ones.
   *
   * @param allowed the keys this mapping may have
   * @return this
   * @throws PoolFileException at the first unknown key, naming the keys allowed
   */
  public FileNode keys(String... allowed) {
    List<String> known = Arrays.asList(allowed);
    for (NodeTuple t : requireMap().getValue()) {
      String key = keyOf(t);
      if (!known.contains(key)) {
        FileNode k = new FileNode(t.getKeyNode(), join(key), context);
        String near = nearest(key, known);
        throw k.error("unknown key" + (near == null ? "" : " (did you mean " + near + "?)") + "; allowed here: "
            + String.join(", ", known));
      }
    }
    return this;
  }

  /**
   * Returns a key's value.
   *
   * @param key the key
   * @return the value, or null if the key is absent or its value is null
   */
  public FileNode get(String key) {
    for (NodeTuple t : requireMap().getValue()) {
      if (key.equals(keyOf(t))) {
        FileNode v = new FileNode(t.getValueNode(), join(key), context);
        return v.isNull() ? null : v;
      }
    }
    return null;
  }

  /**
   * Returns a key's value, which must be there.
   *
   * @param key the key
   * @return the value
   * @throws PoolFileException if it is absent or null
   */
  public FileNode require(String key) {
    FileNode v = get(key);
    if (v == null) {
      throw error("needs the key " + key);
    }
    return v;
  }

  /**
   * Returns the entries of a mapping, in file order.
   *
   * @return key to value
   */
  public Map<String, FileNode> entries() {
    Map<String, FileNode> map = new LinkedHashMap<>();
    for (NodeTuple t : requireMap().getValue()) {
      String key = keyOf(t);
      map.put(key, new FileNode(t.getValueNode(), join(key), context));
    }
    return map;
  }

  /**
   * Returns the items of a list.
   *
   * @return the items
   * @throws PoolFileException if this is not a list
   */
  public List<FileNode> items() {
    if (!(node instanceof SequenceNode s)) {
      throw error("expected a list, found " + kind());
    }
    List<FileNode> items = new ArrayList<>();
    List<Node> values = s.getValue();
    for (int i = 0; i < values.size(); i++) {
      items.add(new FileNode(values.get(i), path + "[" + i + "]", context));
    }
    return items;
  }

  /**
   * Returns a list of text values.
   *
   * @return the texts
   * @throws PoolFileException if this is not a list of text
   */
  public List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (FileNode item : items()) {
      texts.add(item.text());
    }
    return texts;
  }

  /**
   * Returns a mapping of text to text.
   *
   * @return the entries, in file order
   * @throws PoolFileException if a value is not text
   */
  public Map<String, String> textMap() {
    Map<String, String> map = new LinkedHashMap<>();
    entries().forEach((k, v) -> map.put(k, v.text()));
    return map;
  }

  /**
   * Returns a text value, each {@code ${NAME}} in it replaced by the variable's value.
   *
   * @return the text
   * @throws PoolFileException if this is not text, or names a variable that is not set
   */
  public String text() {
    ScalarNode s = scalar(Tag.STR, "text");
    String value = s.getValue();
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String resolved = context.variables().apply(m.group(1));
      if (resolved == null) {
        throw error("the variable " + m.group(1) + " is not set (set it in the environment, or give its value:"
            + " cognito-kit --var NAME=VALUE, PoolFile.read(file, variables))");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Returns a boolean value.
   *
   * @return the value
   * @throws PoolFileException if this is not {@code true} or {@code false}
   */
  public boolean bool() {
    return Boolean.parseBoolean(scalar(Tag.BOOL, "true or false").getValue().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns a whole number.
   *
   * @return the value
   * @throws PoolFileException if this is not a whole number that fits an {@code int}
   */
  public int integer() {
    String v = scalar(Tag.INT, "a whole number").getValue();
    try {
      return Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      throw error("expected a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
          + ", found " + v);
    }
  }

  /**
   * Returns an enum constant named by its exact name.
   *
   * @param <E> the enum
   * @param type the enum class
   * @return the constant
   * @throws PoolFileException if no constant has the name, naming those that do
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    String v = text();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v)) {
        return e;
      }
    }
    throw error("unknown value " + v + "; one of " + Arrays.toString(type.getEnumConstants()));
  }

  /**
   * Returns a list of enum constants.
   *
   * @param <E> the enum
   * @param type the enum class
   * @return the constants, in file order
   */
  public <E extends Enum<E>> List<E> enumValues(Class<E> type) {
    List<E> values = new ArrayList<>();
    for (FileNode item : items()) {
      values.add(item.enumValue(type));
    }
    return values;
  }

  /**
   * Returns a duration: a whole number with a unit, {@code 30d}, {@code 8h}, {@code 480m} or {@code 90s}, or an
   * ISO-8601 duration such as {@code PT8H}.
   *
   * @return the duration
   * @throws PoolFileException if the text is none of those
   */
  public Duration duration() {
    String v = text().trim();
    Matcher m = DURATION.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
    try {
      return Duration.parse(v);
    } catch (DateTimeParseException e) {
      throw error("expected a duration such as 30d, 8h, 480m, 90s or PT8H, found " + v);
    }
  }

  /**
   * Writes this value as JSON: mappings, lists, text, numbers, booleans and null as YAML resolved them.
   *
   * @return the JSON text
   */
  public String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writeJson(node, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeJson(Node n, JsonGenerator g) throws IOException {
    if (n instanceof MappingNode m) {
      g.writeStartObject();
      for (NodeTuple t : m.getValue()) {
        g.writeFieldName(((ScalarNode) t.getKeyNode()).getValue());
        writeJson(t.getValueNode(), g);
      }
      g.writeEndObject();
    } else if (n instanceof SequenceNode s) {
      g.writeStartArray();
      for (Node item : s.getValue()) {
        writeJson(item, g);
      }
      g.writeEndArray();
    } else {
      ScalarNode s = (ScalarNode) n;
      Tag t = s.getTag();
      if (Tag.NULL.equals(t)) {
        g.writeNull();
      } else if (Tag.BOOL.equals(t)) {
        g.writeBoolean(Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT)));
      } else if (Tag.INT.equals(t) || Tag.FLOAT.equals(t)) {
        g.writeNumber(s.getValue());
      } else {
        g.writeString(s.getValue());
      }
    }
  }

  private ScalarNode scalar(Tag tag, String expected) {
    if (node instanceof ScalarNode s && (tag.equals(s.getTag())
        // snakeyaml-engine tags a plain ${NAME} as an environment variable; here it is text, resolved by text()
        || tag.equals(Tag.STR) && Tag.ENV_TAG.equals(s.getTag()))) {
      return s;
    }
    throw error("expected " + expected + ", found " + kind()
        + (tag.equals(Tag.STR) && isScalar() ? " (put it in quotes to make it text)" : ""));
  }

  private MappingNode requireMap() {
    if (node instanceof MappingNode m) {
      return m;
    }
    throw error("expected a mapping of keys to values, found " + kind());
  }

  private String keyOf(NodeTuple t) {
    if (t.getKeyNode() instanceof ScalarNode k && !Tag.NULL.equals(k.getTag())) {
      return k.getValue();
    }
    throw new FileNode(t.getKeyNode(), path, context).error("keys must be text");
  }

  private String kind() {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    Tag t = node.getTag();
    if (Tag.NULL.equals(t)) {
      return "nothing";
    }
    if (Tag.BOOL.equals(t)) {
      return "a boolean";
    }
    if (Tag.INT.equals(t) || Tag.FLOAT.equals(t)) {
      return "a number";
    }
    return "text";
  }

  private String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String nearest(String key, List<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public String toString() {
    return "FileNode{" + context.source() + ":" + path + "}";
  }
}
