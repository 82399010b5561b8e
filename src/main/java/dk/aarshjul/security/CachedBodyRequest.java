package dk.aarshjul.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request whose (small) body is read once to check it, and then read again by the engine. */
final class CachedBodyRequest extends HttpServletRequestWrapper {

  private static final int MAX_BYTES = 64 * 1024;

  private final byte[] body;

  CachedBodyRequest(HttpServletRequest request) throws IOException {
    super(request);
    this.body = request.getInputStream().readNBytes(MAX_BYTES);
  }

  byte[] body() {
    return body;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        // the whole body is already here: it can be read at once, to its end
        try {
          listener.onDataAvailable();
          listener.onAllDataRead();
        } catch (java.io.IOException e) {
          listener.onError(e);
        }
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
  }
}
