package dev.samovar.classlib.wasi;

import java.io.IOException;
import java.io.InputStream;
import org.teavm.interop.Address;

/** {@code System.in} over {@code fd_read(0)}; TeaVM's WASI stdin throws EOF at once. */
final class StdinStream extends InputStream {
  private final byte[] one = new byte[1];

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (off < 0 || len < 0 || len > b.length - off) {
      throw new IndexOutOfBoundsException();
    }
    if (len == 0) {
      return 0;
    }
    byte[] chunk = off == 0 ? b : new byte[len];
    int[] iov = new int[2];
    int[] nread = new int[1];
    while (true) {
      iov[0] = Address.ofData(chunk).toInt();
      iov[1] = len;
      short errno = WasiImports.fdRead(0, Address.ofData(iov), 1, Address.ofData(nread));
      if (errno == WasiImports.ERRNO_INTR || errno == WasiImports.ERRNO_AGAIN) {
        continue;
      }
      if (errno != WasiImports.ERRNO_SUCCESS) {
        throw new IOException("fd_read(stdin): WASI errno " + errno);
      }
      break;
    }
    int n = nread[0];
    if (n == 0) {
      return -1;
    }
    if (chunk != b) {
      System.arraycopy(chunk, 0, b, off, n);
    }
    return n;
  }
}
