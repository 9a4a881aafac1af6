package org.detente.scenario;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Look-ups of enum constants by the names scenario files use for them. */
final class Keys {

    private Keys() {
    }

    /** The constant whose key is {@code text}. */
    static <E> Optional<E> parse(E[] values, Function<E, String> key, String text) {
        return Arrays.stream(values).filter(v -> key.apply(v).equals(text)).findFirst();
    }

    /** All keys, comma-separated, for error messages. */
    static <E> String list(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).collect(Collectors.joining(", "));
    }
}
