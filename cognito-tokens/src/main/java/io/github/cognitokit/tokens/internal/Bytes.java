package io.github.cognitokit.tokens.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reads of eight bytes at once from a byte array. */
final class Bytes {
  /** {@code (long) LONG_LE.get(byte[] array, int index)}: eight bytes from {@code index}, little-endian. */
  static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Bytes() {}
}
