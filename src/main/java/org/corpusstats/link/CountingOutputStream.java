package org.corpusstats.link;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Knows how many bytes went through, for the index's offsets (DataOutputStream's own count stops at 2 GB). */
final class CountingOutputStream extends FilterOutputStream {

  long count;

  CountingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    count += len;
  }
}
