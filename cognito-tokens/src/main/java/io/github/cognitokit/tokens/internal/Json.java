package io.github.cognitokit.tokens.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser for tokens and key sets, reading UTF-8 bytes directly.
 *
 * <p>Stricter than general parsers on purpose: duplicate object members are an error (two {@code iss} claims must
 * not be read two ways), so are trailing content, comments, leading zeros, unescaped control characters, lone
 * surrogates and any byte sequence that is not well-formed UTF-8 (RFC 3629: no overlong forms, no encoded
 * surrogates, nothing above U+10FFFF). Nesting is limited to {@value #MAX_DEPTH} levels. Objects become unmodifiable
 * {@code Map<String, Object>} in document order, arrays unmodifiable {@code List<Object>}; integers become
 * {@code Long} (or {@code BigInteger} when larger), other numbers {@code Double}; a number longer than
 * {@value #MAX_NUMBER_LENGTH} characters, or one beyond the range of a {@code double}, is an error;
 * {@code true}/{@code false} become {@code Boolean} and {@code null} becomes {@code null}. Pure JDK, no reflection, so it adds nothing to start-up time.
 *
 * <p>Built for the verifier's hot path: strings are copied straight from the input bytes, scanned eight bytes at a
 * time; the member names and values that JWTs and key sets repeat in every document ({@code iss}, {@code exp},
 * {@code access}, {@code RS256}, a verifier's own issuer, ...) are shared instances from a {@link KnownStrings}
 * table instead of new strings; objects are a compact {@link JsonObject} rather than a {@code LinkedHashMap}.
 */
public final class Json {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 32;

  /**
   * The longest number accepted, in characters. Numbers in tokens and key sets are times and small counts (the
   * longest a Cognito token holds has 10 digits); the limit keeps a long digit string from costing quadratic
   * {@code BigInteger} work, and an exponent of any length from reaching a parser that would throw on it.
   */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** True for the bytes a string may hold as they are: printable ASCII other than the quote and the backslash. */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  private final byte[] buf;
  /** The same bytes, read eight at a time, little-endian (a heap buffer: no method-handle set-up at start-up). */
  private final ByteBuffer words;
  private final int origin;
  private final int end;
  private final KnownStrings known;
  private int pos;

  private Json(byte[] buf, int from, int to, KnownStrings known) {
    this.buf = buf;
    this.words = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
    this.origin = from;
    this.pos = from;
    this.end = to;
    this.known = known;
  }

  /**
   * Parses a document whose top-level value must be an object.
   *
   * @param text the JSON text
   * @return the object's members
   * @throws JsonException if the text is not exactly one JSON object, or holds a lone surrogate
   */
  public static Map<String, Object> parseObject(String text) throws JsonException {
    // A lone surrogate has no UTF-8 form (getBytes would turn it into '?'): refuse it rather than read another text.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          throw JsonException.at("lone surrogate in the text", 0);
        }
      }
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return parseObject(utf8, 0, utf8.length);
  }

  /**
   * Parses a UTF-8 document whose top-level value must be an object.
   *
   * @param utf8 the document
   * @return the object's members
   * @throws JsonException if the bytes are not exactly one JSON object in well-formed UTF-8
   */
  public static Map<String, Object> parseObject(byte[] utf8) throws JsonException {
    return parseObject(utf8, 0, utf8.length);
  }

  /**
   * Parses {@code utf8[from, to)}, a UTF-8 document whose top-level value must be an object. Offsets in error
   * messages count bytes from {@code from}.
   *
   * @param utf8 the bytes
   * @param from the first byte, inclusive
   * @param to the last byte, exclusive
   * @return the object's members
   * @throws JsonException if the range is not exactly one JSON object in well-formed UTF-8
   */
  public static Map<String, Object> parseObject(byte[] utf8, int from, int to) throws JsonException {
    return parseObject(utf8, from, to, KnownStrings.COMMON);
  }

  /**
   * Parses {@code utf8[from, to)} like {@link #parseObject(byte[], int, int)}, returning the shared instance for
   * every string in {@code known}.
   *
   * @param utf8 the bytes
   * @param from the first byte, inclusive
   * @param to the last byte, exclusive
   * @param known the strings to share
   * @return the object's members
   * @throws JsonException if the range is not exactly one JSON object in well-formed UTF-8
   */
  public static Map<String, Object> parseObject(byte[] utf8, int from, int to, KnownStrings known)
      throws JsonException {
    Json p = new Json(utf8, from, to, known);
    p.skipWhitespace();
    if (p.peek() != '{') {
      throw p.error("expected a JSON object", p.pos);
    }
    Map<String, Object> result = p.readObject(0);
    p.skipWhitespace();
    if (p.pos != to) {
      throw p.error("unexpected content after the JSON object", p.pos);
    }
    return result;
  }

  private RuntimeException error(String message, int at) {
    return JsonException.at(message, at - origin);
  }

  private Object readValue(int depth) throws JsonException {
    skipWhitespace();
    switch (peek()) {
      case '{':
        return readObject(depth + 1);
      case '[':
        return readArray(depth + 1);
      case '"':
        return readString();
      case 't':
        return readLiteral(TRUE, Boolean.TRUE);
      case 'f':
        return readLiteral(FALSE, Boolean.FALSE);
      case 'n':
        return readLiteral(NULL, null);
      case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        return readNumber();
      default:
        throw error(pos >= end ? "unexpected end of JSON" : "unexpected character", pos);
    }
  }

  private Map<String, Object> readObject(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("JSON nested deeper than " + MAX_DEPTH + " levels", pos);
    }
    pos++; // '{'
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return Map.of();
    }
    JsonObject map = new JsonObject();
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member name", pos);
      }
      int namePos = pos;
      String name = readString();
      skipWhitespace();
      if (peek() != ':') {
        throw error("expected ':'", pos);
      }
      pos++;
      Object value = readValue(depth);
      if (!map.add(name, value)) {
        throw error("duplicate member name", namePos);
      }
      skipWhitespace();
      int c = peek();
      pos++;
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw error("expected ',' or '}'", pos - 1);
      }
    }
  }

  private List<Object> readArray(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("JSON nested deeper than " + MAX_DEPTH + " levels", pos);
    }
    pos++; // '['
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return List.of();
    }
    List<Object> list = new ArrayList<>(4);
    while (true) {
      list.add(readValue(depth));
      skipWhitespace();
      int c = peek();
      pos++;
      if (c == ']') {
        return Collections.unmodifiableList(list);
      }
      if (c != ',') {
        throw error("expected ',' or ']'", pos - 1);
      }
    }
  }

  private String readString() throws JsonException {
    int start = pos + 1; // past the opening quote
    byte[] b = buf;
    int p = start;
    int e = end;
    // Eight bytes at a time while none is a quote, a backslash, a control character or above 0x7f. The masks flag
    // such bytes exactly up to the first one (a borrow only reaches bytes after it), which is where p stops.
    while (p + 8 <= e) {
      long x = words.getLong(p);
      long quote = x ^ 0x2222222222222222L;
      long backslash = x ^ 0x5c5c5c5c5c5c5c5cL;
      long special = (((quote - 0x0101010101010101L) & ~quote)
          | ((backslash - 0x0101010101010101L) & ~backslash)
          | ((x - 0x2020202020202020L) & ~x)
          | x) & 0x8080808080808080L;
      if (special != 0) {
        p += Long.numberOfTrailingZeros(special) >>> 3;
        break;
      }
      p += 8;
    }
    if (p + 8 > e) {
      while (p < e && PLAIN[b[p] & 0xff]) {
        p++;
      }
    }
    pos = p;
    if (p < e && b[p] == '"') {
      pos = p + 1;
      int length = p - start;
      String shared = known.find(words, b, start, length);
      return shared != null ? shared : new String(b, start, length, StandardCharsets.ISO_8859_1);
    }
    // Not plain ASCII: validate UTF-8 up to the closing quote, unless an escape needs the slow path.
    while (pos < e) {
      int c = b[pos];
      if (c == '"') {
        return new String(b, start, pos++ - start, StandardCharsets.UTF_8);
      }
      if (c == '\\') {
        return readEscapedString(start);
      }
      if (c < 0) {
        pos = skipUtf8Sequence(pos);
      } else if (c < 0x20) {
        throw error("unescaped control character in a string", pos);
      } else {
        pos++;
      }
    }
    throw error("unterminated string", start - 1);
  }

  /** The slow path, from the first backslash: builds the string, then checks surrogates made by escapes. */
  private String readEscapedString(int start) throws JsonException {
    StringBuilder sb = new StringBuilder(pos - start + 16);
    sb.append(new String(buf, start, pos - start, StandardCharsets.UTF_8)); // validated by the fast path
    while (pos < end) {
      int b = buf[pos];
      if (b == '"') {
        pos++;
        return checkSurrogates(sb, start);
      }
      if (b < 0) {
        int next = skipUtf8Sequence(pos);
        sb.append(new String(buf, pos, next - pos, StandardCharsets.UTF_8));
        pos = next;
        continue;
      }
      if (b < 0x20) {
        throw error("unescaped control character in a string", pos);
      }
      pos++;
      if (b != '\\') {
        sb.append((char) b);
        continue;
      }
      if (pos >= end) {
        break;
      }
      int e = buf[pos++];
      switch (e) {
        case '"': sb.append('"'); break;
        case '\\': sb.append('\\'); break;
        case '/': sb.append('/'); break;
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          if (pos + 4 > end) {
            throw error("truncated \\u escape", pos);
          }
          int cp = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(buf[pos + i], 16);
            if (d < 0) {
              throw error("invalid \\u escape", pos);
            }
            cp = cp * 16 + d;
          }
          pos += 4;
          sb.append((char) cp);
          break;
        default:
          throw error("invalid escape", pos - 1);
      }
    }
    throw error("unterminated string", start - 1);
  }

  private String checkSurrogates(StringBuilder s, int at) throws JsonException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw error("lone surrogate in a string", at);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw error("lone surrogate in a string", at);
      }
    }
    return s.toString();
  }

  /**
   * Checks one well-formed UTF-8 sequence of two to four bytes (RFC 3629 table 3-7) starting at {@code at}.
   *
   * @return the position after it
   */
  private int skipUtf8Sequence(int at) throws JsonException {
    int b0 = buf[at] & 0xff;
    int length;
    int min = 0x80;
    int max = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      length = 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      if (b0 == 0xe0) {
        min = 0xa0; // no overlong forms
      } else if (b0 == 0xed) {
        max = 0x9f; // no encoded surrogates
      }
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      if (b0 == 0xf0) {
        min = 0x90;
      } else if (b0 == 0xf4) {
        max = 0x8f; // nothing above U+10FFFF
      }
    } else {
      throw error("invalid UTF-8", at);
    }
    if (at + length > end) {
      throw error("invalid UTF-8", at);
    }
    int b1 = buf[at + 1] & 0xff;
    if (b1 < min || b1 > max) {
      throw error("invalid UTF-8", at);
    }
    for (int i = 2; i < length; i++) {
      int b = buf[at + i] & 0xff;
      if (b < 0x80 || b > 0xbf) {
        throw error("invalid UTF-8", at);
      }
    }
    return at + length;
  }

  private Object readNumber() throws JsonException {
    int start = pos;
    // Fast path: an integer of at most 18 digits, read in one pass.
    int p = start;
    boolean negative = p < end && buf[p] == '-';
    if (negative) {
      p++;
    }
    int firstDigit = p;
    long value = 0;
    while (p < end) {
      int d = buf[p] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      value = value * 10 + d;
      p++;
    }
    int digits = p - firstDigit;
    if (digits > 0 && digits <= 18 && (digits == 1 || buf[firstDigit] != '0')
        && (p == end || (buf[p] != '.' && buf[p] != 'e' && buf[p] != 'E'))) {
      pos = p;
      return negative ? -value : value;
    }
    // Everything else, with the full grammar checks.
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("leading zero in a number", pos);
      }
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw error("invalid number", pos);
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      pos++;
      if (!isDigit(peek())) {
        throw error("invalid number", pos);
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("invalid number", pos);
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (pos - start > MAX_NUMBER_LENGTH) {
      throw error("number longer than " + MAX_NUMBER_LENGTH + " characters", start);
    }
    String text = new String(buf, start, pos - start, StandardCharsets.ISO_8859_1);
    if (integral) {
      BigInteger big = new BigInteger(text);
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    // The grammar was checked above, and Double.parseDouble takes every RFC 8259 number without throwing: an
    // exponent too large for an int becomes infinity (refused below) and one too small becomes zero.
    double d = Double.parseDouble(text);
    if (Double.isInfinite(d)) {
      throw error("number out of range", start);
    }
    return d;
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private Object readLiteral(byte[] literal, Object value) throws JsonException {
    if (pos + literal.length > end) {
      throw error("invalid literal", pos);
    }
    for (int i = 0; i < literal.length; i++) {
      if (buf[pos + i] != literal[i]) {
        throw error("invalid literal", pos);
      }
    }
    pos += literal.length;
    return value;
  }

  private void skipWhitespace() {
    while (pos < end) {
      int c = buf[pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** The byte at the position, or -1 at the end (never a JSON token). */
  private int peek() {
    return pos < end ? buf[pos] : -1;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
