package io.github.cognitokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import org.junit.jupiter.api.Test;

class DroppingPortTest {
  @Test
  void acceptsAndDropsEveryConnection() throws Exception {
    try (DroppingPort down = DroppingPort.open()) {
      int port = down.port();
      assertThat(down.uri().toString()).isEqualTo("http://127.0.0.1:" + port);
      for (int i = 0; i < 3; i++) {
        try (Socket s = new Socket("127.0.0.1", port)) {
          assertThat(s.getInputStream().read()).as("closed by the other side").isEqualTo(-1);
        }
      }
    }
  }
}
