package org.detente.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bytes sealed with an HMAC-SHA256 under the cluster's secret. The open-source Hazelcast has no
 * member authentication, so anything that reaches a member could have been sent by anyone who
 * can reach its port: a task or result is read only if its MAC checks, and then only Détente's
 * own types (and the JDK's collections and boxed numbers they are made of) are deserialised.
 *
 * @param payload the serialised object
 * @param mac     HMAC-SHA256 of the payload under the secret
 */
public record Envelope(byte[] payload, byte[] mac) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The JDK types a payload may hold besides Détente's own and java.util's collections. */
    private static final java.util.Set<String> JDK = java.util.Set.of("java.lang.String", "java.lang.Number",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Boolean", "java.lang.Enum",
            "java.lang.Record", "java.lang.Object");

    /**
     * What may be read from a payload: Détente's types, java.util's collections, strings, boxed
     * numbers, and arrays of those or of primitives; nothing else, and within size limits.
     */
    static final ObjectInputFilter ALLOWED = info -> {
        if (info.depth() > 40 || info.references() > 50_000_000L || info.arrayLength() > 200_000_000L) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        String name = type.getName();
        boolean allowed = type.isPrimitive() || name.startsWith("org.detente.") || JDK.contains(name)
                || (type.getPackageName().equals("java.util"));
        return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    /** Seals an object. */
    static Envelope seal(Serializable value, byte[] secret) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
        byte[] payload = bytes.toByteArray();
        return new Envelope(payload, mac(payload, secret));
    }

    /**
     * Opens an envelope: its MAC checked under the secret, its payload read with the allow-list.
     *
     * @throws SecurityException when the MAC does not check or the payload holds another type
     */
    <T> T open(byte[] secret, Class<T> type) {
        if (!MessageDigest.isEqual(mac, mac(payload, secret))) {
            throw new SecurityException("a message whose MAC does not check under this cluster's secret was dropped");
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.setObjectInputFilter(ALLOWED);
            Object value = in.readObject();
            if (!type.isInstance(value)) {
                throw new SecurityException("a message of an unexpected type was dropped");
            }
            return type.cast(value);
        } catch (IOException | ClassNotFoundException e) {
            throw new SecurityException("a message that could not be read safely was dropped (" + e.getMessage() + ")");
        }
    }

    /** HMAC-SHA256 of bytes under a secret. */
    static byte[] mac(byte[] bytes, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
