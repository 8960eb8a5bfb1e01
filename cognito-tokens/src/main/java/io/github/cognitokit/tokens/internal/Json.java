package io.github.cognitokit.tokens.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser for tokens and key sets.
 *
 * <p>Stricter than general parsers on purpose: duplicate object members are an error (two {@code iss} claims must
 * not be read two ways), so are trailing content, comments, leading zeros, unescaped control characters and lone
 * surrogates. Nesting is limited to {@value #MAX_DEPTH} levels. Objects become unmodifiable {@code Map<String,
 * Object>} in document order, arrays unmodifiable {@code List<Object>}; integers become {@code Long} (or
 * {@code BigInteger} when larger), other numbers {@code Double}; {@code true}/{@code false} become {@code Boolean}
 * and {@code null} becomes {@code null}. Pure JDK, no reflection, so it adds nothing to start-up time.
 */
public final class Json {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 32;

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses a document whose top-level value must be an object.
   *
   * @param text the JSON text
   * @return the object's members
   * @throws JsonException if the text is not exactly one JSON object
   */
  public static Map<String, Object> parseObject(String text) throws JsonException {
    Json p = new Json(text);
    p.skipWhitespace();
    if (p.pos >= text.length() || text.charAt(p.pos) != '{') {
      throw new JsonException("expected a JSON object", p.pos);
    }
    Map<String, Object> result = p.readObject(0);
    p.skipWhitespace();
    if (p.pos != text.length()) {
      throw new JsonException("unexpected content after the JSON object", p.pos);
    }
    return result;
  }

  private Object readValue(int depth) throws JsonException {
    skipWhitespace();
    if (pos >= text.length()) {
      throw new JsonException("unexpected end of JSON", pos);
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return readObject(depth + 1);
      case '[':
        return readArray(depth + 1);
      case '"':
        return readString();
      case 't':
        return readLiteral("true", Boolean.TRUE);
      case 'f':
        return readLiteral("false", Boolean.FALSE);
      case 'n':
        return readLiteral("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return readNumber();
        }
        throw new JsonException("unexpected character", pos);
    }
  }

  private Map<String, Object> readObject(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw new JsonException("JSON nested deeper than " + MAX_DEPTH + " levels", pos);
    }
    pos++; // '{'
    // Load factor 1: a Cognito payload (about 14 members) fits the default 16 slots without a resize.
    Map<String, Object> map = new LinkedHashMap<>(16, 1.0f);
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw new JsonException("expected a member name", pos);
      }
      int namePos = pos;
      String name = readString();
      skipWhitespace();
      if (peek() != ':') {
        throw new JsonException("expected ':'", pos);
      }
      pos++;
      Object value = readValue(depth);
      int before = map.size();
      map.putIfAbsent(name, value);
      if (map.size() == before) {
        throw new JsonException("duplicate member name", namePos);
      }
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == '}') {
        return Collections.unmodifiableMap(map);
      }
      if (c != ',') {
        throw new JsonException("expected ',' or '}'", pos - 1);
      }
    }
  }

  private List<Object> readArray(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw new JsonException("JSON nested deeper than " + MAX_DEPTH + " levels", pos);
    }
    pos++; // '['
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      list.add(readValue(depth));
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == ']') {
        return Collections.unmodifiableList(list);
      }
      if (c != ',') {
        throw new JsonException("expected ',' or ']'", pos - 1);
      }
    }
  }

  private String readString() throws JsonException {
    pos++; // opening quote
    int start = pos;
    // Fast path: no escapes.
    boolean surrogates = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        String s = text.substring(start, pos++);
        return surrogates ? checkSurrogates(s, start) : s;
      }
      surrogates |= Character.isSurrogate(c);
      if (c == '\\') {
        break;
      }
      if (c < 0x20) {
        throw new JsonException("unescaped control character in a string", pos);
      }
      pos++;
    }
    StringBuilder sb = new StringBuilder(text.length() - start);
    sb.append(text, start, pos);
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return checkSurrogates(sb.toString(), start);
      }
      if (c < 0x20) {
        throw new JsonException("unescaped control character in a string", pos - 1);
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
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
          if (pos + 4 > text.length()) {
            throw new JsonException("truncated \\u escape", pos);
          }
          int cp = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0) {
              throw new JsonException("invalid \\u escape", pos);
            }
            cp = cp * 16 + d;
          }
          pos += 4;
          sb.append((char) cp);
          break;
        default:
          throw new JsonException("invalid escape", pos - 1);
      }
    }
    throw new JsonException("unterminated string", start);
  }

  private static String checkSurrogates(String s, int at) throws JsonException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw new JsonException("lone surrogate in a string", at);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw new JsonException("lone surrogate in a string", at);
      }
    }
    return s;
  }

  private Object readNumber() throws JsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw new JsonException("leading zero in a number", pos);
      }
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw new JsonException("invalid number", pos);
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      pos++;
      if (!isDigit(peek())) {
        throw new JsonException("invalid number", pos);
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
        throw new JsonException("invalid number", pos);
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (integral && pos - start <= 18) {
      boolean negative = text.charAt(start) == '-';
      long value = 0;
      for (int i = negative ? start + 1 : start; i < pos; i++) {
        value = value * 10 + (text.charAt(i) - '0');
      }
      return negative ? -value : value;
    }
    String digits = text.substring(start, pos);
    if (integral) {
      BigInteger big = new BigInteger(digits);
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    double d = new BigDecimal(digits).doubleValue();
    if (Double.isInfinite(d)) {
      throw new JsonException("number out of range", start);
    }
    return d;
  }

  private Object readLiteral(String literal, Object value) throws JsonException {
    if (!text.startsWith(literal, pos)) {
      throw new JsonException("invalid literal", pos);
    }
    pos += literal.length();
    return value;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
