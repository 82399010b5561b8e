package dk.aarshjul.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Passes successful responses straight through, and keeps the body of an error response (status 400 and
 * above) back, so that it can be answered in another form.
 */
final class ErrorCapturingResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private int status = SC_OK;
  private boolean capturing;
  private PrintWriter writer;
  private ServletOutputStream stream;

  ErrorCapturingResponse(HttpServletResponse response) {
    super(response);
  }

  boolean captured() {
    return capturing;
  }

  int status() {
    return status;
  }

  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return captured.toByteArray();
  }

  boolean isProblem() {
    String type = getResponse().getContentType();
    return type != null && type.startsWith(EngineProblems.CONTENT_TYPE);
  }

  void writeCapturedTo(HttpServletResponse response) throws IOException {
    byte[] body = body();
    response.setStatus(status);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    capturing = sc >= 400;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc) {
    sendError(sc, null);
  }

  @Override
  public void sendError(int sc, String msg) {
    status = sc;
    capturing = true;
    super.setStatus(sc);
  }

  @Override
  public void setContentLength(int len) {
    if (!capturing) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!capturing) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(capturing && "Content-Length".equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!capturing) {
      super.flushBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!capturing) {
      return super.getOutputStream();
    }
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
          captured.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          captured.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          // writing into memory never blocks
          try {
            listener.onWritePossible();
          } catch (IOException e) {
            listener.onError(e);
          }
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!capturing) {
      return super.getWriter();
    }
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(captured, StandardCharsets.UTF_8));
    }
    return writer;
  }
}
