package org.weft.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs messages and checks signatures: HMAC-SHA256 over the header, parent header, metadata and
 * content frames, written as lower-case hex, as jupyter_client's {@code Session.sign} does. With an
 * empty key every signature is empty and nothing is checked.
 *
 * <p>Thread-safe: each call works on its own copy of the keyed MAC.
 */
public final class Signer {
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] NO_SIGNATURE = new byte[0];

    /** The key's bytes; null when unsigned. */
    private final byte[] key;
    /**
     * The keyed MAC, made at the first signature rather than with the signer: the JCA's start-up
     * (some 35 ms) then runs after the kernel has bound its sockets, while a client waits to
     * reconnect anyway, not before. Never used directly: only cloned, because a Mac is not
     * thread-safe. Racing threads may each make one; either is right, the last one stays.
     */
    private volatile Mac keyed;

    private Signer(byte[] key) {
        this.key = key;
    }

    /** A signer for a key; the empty key gives an unsigned signer. */
    public static Signer forKey(String key) {
        return new Signer(key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8));
    }

    private Mac keyed() {
        Mac mac = keyed;
        if (mac == null) {
            try {
                mac = mac();
                mac.init(new SecretKeySpec(key, ALGORITHM));
            } catch (GeneralSecurityException e) {
                // Every Java runtime ships HmacSHA256; not having it is a broken runtime.
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
            keyed = mac;
        }
        return mac;
    }

    /**
     * HmacSHA256 from the JDK's own provider, asked for by name: a search of every installed
     * provider (PKCS#11, XML signatures, ...) costs a kernel's start-up some 30 ms. Any provider
     * does when that one is missing.
     */
    private static Mac mac() throws GeneralSecurityException {
        try {
            return Mac.getInstance(ALGORITHM, "SunJCE");
        } catch (GeneralSecurityException e) {
            return Mac.getInstance(ALGORITHM);
        }
    }

    /** The signer for a connection file's key. */
    public static Signer forConnection(ConnectionInfo info) {
        return forKey(info.key());
    }

    /** True when messages are signed and checked. */
    public boolean signs() {
        return key != null;
    }

    /** The signature of the four JSON frames, as ASCII hex bytes (empty when unsigned). */
    public byte[] sign(List<byte[]> jsonFrames) {
        if (key == null) {
            return NO_SIGNATURE;
        }
        Mac mac = copy();
        for (byte[] frame : jsonFrames) {
            mac.update(frame);
        }
        return HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * True when {@code signature} is the right one for the frames, compared in constant time so a
     * client cannot learn a correct signature byte by byte from how long the check takes.
     */
    public boolean verify(byte[] signature, List<byte[]> jsonFrames) {
        return MessageDigest.isEqual(signature, sign(jsonFrames));
    }

    private Mac copy() {
        try {
            return (Mac) keyed().clone();
        } catch (CloneNotSupportedException e) {
            // SunJCE's HMAC supports clone; a provider that does not cannot be used concurrently.
            throw new IllegalStateException("HmacSHA256 provider cannot be cloned", e);
        }
    }
}
