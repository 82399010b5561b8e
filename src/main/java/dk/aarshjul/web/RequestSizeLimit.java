package dk.aarshjul.web;

import dk.aarshjul.shared.InputRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * No request body over {@link InputRules#MAX_REQUEST_BYTES}, on any path (our API, the engine's REST API,
 * the webapps): 413 with a Danish problem. A declared Content-Length is refused before the body is read; a
 * body without one (chunked) is counted while it is read, and its answer is held back until the request
 * is done, so the 413 can replace whatever the reader made of the cut-off body.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

  static final String DETAIL = "Forespørgslens indhold må højst fylde 1 MB (" + InputRules.MAX_REQUEST_BYTES + " bytes)";

  /** Thrown by the request's stream when the body grows past the limit. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("Request body over " + InputRules.MAX_REQUEST_BYTES + " bytes");
    }
  }

  /** Whether an error was caused by a body over the limit. */
  static boolean causedBy(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > InputRules.MAX_REQUEST_BYTES) {
      Problems.write(response, 413, DETAIL);
      return;
    }
    if (request.getContentLengthLong() >= 0 || request.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(request, response);
      return;
    }
    Counted counted = new Counted(request);
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(counted, held);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!counted.exceeded) {
        throw e;
      }
    }
    if (counted.exceeded && !response.isCommitted()) {
      response.reset();
      Problems.write(response, 413, DETAIL);
    } else {
      held.copyBodyToResponse();
    }
  }

  /** The request with a body that stops at the limit. */
  private static final class Counted extends HttpServletRequestWrapper {

    private boolean exceeded;
    private ServletInputStream stream;

    Counted(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Limited(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private final class Limited extends ServletInputStream {

      private final ServletInputStream in;
      private long read;

      Limited(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) throws TooLarge {
        read += n;
        if (read > InputRules.MAX_REQUEST_BYTES) {
          exceeded = true;
          throw new TooLarge();
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
