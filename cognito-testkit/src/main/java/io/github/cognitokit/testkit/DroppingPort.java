package io.github.cognitokit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/**
 * A loopback port that accepts every connection and closes it at once, for testing how code handles a service
 * that drops connections. The port stays held until {@link #close()}, so no other process can take it in the
 * meantime (unlike a port probed free and reused).
 *
 * <pre>{@code
 * try (DroppingPort down = DroppingPort.open()) {
 *   CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
 *       .endpointOverride(down.uri()).region(Region.US_EAST_1).build();
 *   // every call now fails with a dropped connection
 * }
 * }</pre>
 */
public final class DroppingPort implements AutoCloseable {
  private final ServerSocket socket;

  private DroppingPort(ServerSocket socket) {
    this.socket = socket;
    Thread dropper = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          socket.accept().close();
        } catch (IOException e) {
          return; // closed
        }
      }
    }, "cognito-testkit-dropping-port");
    dropper.setDaemon(true);
    dropper.start();
  }

  /**
   * Opens a port on the loopback interface.
   *
   * @return the open port
   * @throws UncheckedIOException if no port can be bound
   */
  public static DroppingPort open() {
    try {
      return new DroppingPort(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind a loopback port", e);
    }
  }

  /**
   * Returns the port number.
   *
   * @return the port
   */
  public int port() {
    return socket.getLocalPort();
  }

  /**
   * Returns {@code http://127.0.0.1:<port>}.
   *
   * @return the URI
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /** Stops accepting and releases the port. */
  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "DroppingPort[" + port() + "]";
  }
}
