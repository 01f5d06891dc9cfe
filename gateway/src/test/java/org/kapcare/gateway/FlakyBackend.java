package org.kapcare.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service that drops connections: the next {@link #DROP} connections are closed after the request
 * arrived, without an answer (as a crashing service would); later ones get a 200.
 */
class FlakyBackend implements AutoCloseable {

  static final AtomicInteger DROP = new AtomicInteger();
  static final AtomicInteger CONNECTIONS = new AtomicInteger();

  private final ServerSocket socket;

  FlakyBackend() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "flaky-backend");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        CONNECTIONS.incrementAndGet();
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // the request head; the body (if any) is never read
        }
        if (DROP.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          continue; // closed without a word
        }
        OutputStream out = connection.getOutputStream();
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                    + "Connection: close\r\n\r\n{\"ok\":true}")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // closed by the test, or a caller gone
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
