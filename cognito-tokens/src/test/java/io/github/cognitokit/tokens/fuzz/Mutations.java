package io.github.cognitokit.tokens.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Structured mutations of a genuine token, driven by fuzz data (or a seeded random source in property tests). */
final class Mutations {
  private Mutations() {}

  /** Where mutation choices come from. */
  interface Source {
    int consumeInt(int min, int max);

    boolean consumeBoolean();

    byte[] consumeBytes(int max);

    String consumeString(int max);

    static Source of(FuzzedDataProvider data) {
      return new Source() {
        @Override
        public int consumeInt(int min, int max) {
          return data.consumeInt(min, max);
        }

        @Override
        public boolean consumeBoolean() {
          return data.consumeBoolean();
        }

        @Override
        public byte[] consumeBytes(int max) {
          return data.consumeBytes(max);
        }

        @Override
        public String consumeString(int max) {
          return data.consumeString(max);
        }
      };
    }

    static Source of(java.util.Random random) {
      return new Source() {
        @Override
        public int consumeInt(int min, int max) {
          return min + random.nextInt(max - min + 1);
        }

        @Override
        public boolean consumeBoolean() {
          return random.nextBoolean();
        }

        @Override
        public byte[] consumeBytes(int max) {
          byte[] b = new byte[random.nextInt(max + 1)];
          random.nextBytes(b);
          return b;
        }

        @Override
        public String consumeString(int max) {
          StringBuilder sb = new StringBuilder();
          int n = random.nextInt(max + 1);
          // JSON structure and escapes, every digit, exponents, base64url and padding, and non-ASCII: enough for
          // the mutations to form numbers of every shape (1e9999999999, -0.5E+3) and escapes (\u0041).
          String alphabet = "{}[]\":,.=-_/+ abcuAZeE0123456789\\\u00e9\u0000\ud83d";
          for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          return sb.toString();
        }
      };
    }
  }

  static String mutate(String token, FuzzedDataProvider data) {
    return mutate(token, Source.of(data));
  }

  static String mutate(String token, Source data) {
    String[] parts = token.split("\\.", -1);
    int kind = data.consumeInt(0, 7);
    int part = data.consumeInt(0, 2);
    switch (kind) {
      case 0 -> { // flip a byte of a decoded segment
        byte[] bytes = decode(parts[part]);
        if (bytes.length > 0) {
          int i = data.consumeInt(0, bytes.length - 1);
          bytes[i] ^= (byte) data.consumeInt(1, 255);
        }
        parts[part] = encode(bytes);
      }
      case 1 -> parts[part] = encode(data.consumeBytes(data.consumeInt(0, 512)));
      case 2 -> { // replace a JSON segment by fuzzed JSON-ish text
        parts[Math.min(part, 1)] = encode(data.consumeString(600).getBytes(StandardCharsets.UTF_8));
      }
      case 3 -> { // edit the header: alg confusion, crit, kid games
        String[] headers = {"{\"alg\":\"none\",\"kid\":\"rsa-1\"}", "{\"alg\":\"HS256\",\"kid\":\"rsa-1\"}",
            "{\"alg\":\"ES256\",\"kid\":\"rsa-1\"}", "{\"alg\":\"RS256\",\"kid\":\"ec-1\"}",
            "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"crit\":[\"x\"]}", "{\"alg\":\"RS256\",\"kid\":\"rsa-1\",\"alg\":\"RS256\"}",
            "{\"alg\":\"RS256\",\"kid\":\"" + data.consumeString(40).replace("\"", "") + "\"}"};
        parts[0] = encode(headers[data.consumeInt(0, headers.length - 1)].getBytes(StandardCharsets.UTF_8));
      }
      case 4 -> { // insert or delete characters in the raw text
        String p = parts[part];
        int at = p.isEmpty() ? 0 : data.consumeInt(0, p.length());
        parts[part] = data.consumeBoolean() ? p.substring(0, at) + data.consumeString(4) + p.substring(at)
            : p.substring(0, at) + p.substring(Math.min(p.length(), at + data.consumeInt(1, 8)));
      }
      case 5 -> parts[part] = parts[part] + "=".repeat(data.consumeInt(1, 2));
      case 6 -> { // swap segments between the two genuine tokens' shapes
        String other = parts[(part + 1) % 3];
        parts[(part + 1) % 3] = parts[part];
        parts[part] = other;
      }
      default -> { // truncate or duplicate the whole token
        String joined = String.join(".", parts);
        return data.consumeBoolean() ? joined.substring(0, data.consumeInt(0, joined.length()))
            : joined + "." + data.consumeString(20);
      }
    }
    return String.join(".", parts);
  }

  static byte[] decode(String s) {
    try {
      return Base64.getUrlDecoder().decode(s.replace("=", ""));
    } catch (IllegalArgumentException e) {
      return s.getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  static String encode(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
