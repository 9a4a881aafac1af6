package org.detente.analysis;

import java.io.InvalidObjectException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/** Non-negative integers in 7-bit groups, low first: one byte below 128, five at most, each in its shortest form. */
final class Varints {

    /** The most bytes one value takes. */
    static final int MAX_BYTES = 5;

    private Varints() {
    }

    static void write(ByteBuffer out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        while (value >= 0x80) {
            out.put((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.put((byte) value);
    }

    /**
     * @throws InvalidObjectException if the bytes end early, the value does not fit in 31 bits or is
     *                                not in its shortest form (one value, one encoding)
     */
    static int read(ByteBuffer in) throws InvalidObjectException {
        int value = 0;
        try {
            for (int shift = 0; shift < 35; shift += 7) {
                int b = in.get() & 0xFF;
                if (shift == 28 && (b & 0xF8) != 0) {
                    break; // beyond 31 bits
                }
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (b == 0 && shift > 0) {
                        break; // a trailing zero group: not the shortest form
                    }
                    return value;
                }
            }
        } catch (BufferUnderflowException e) {
            throw new InvalidObjectException("truncated variable-length integer");
        }
        throw new InvalidObjectException("malformed variable-length integer");
    }
}
