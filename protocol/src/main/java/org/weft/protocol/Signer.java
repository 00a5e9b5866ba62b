package org.weft.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs messages and checks signatures: HMAC-SHA256 over the header, parent header, metadata and
 * content frames, written as lower-case hex, as jupyter_client's {@code Session.sign} does. With an
 * empty key every signature is empty and nothing is checked.
 *
 * <p>HMAC (RFC 2104) is computed here over the platform's SHA-256 {@link MessageDigest}, not with
 * {@code javax.crypto.Mac}: the first {@code Mac} of a process starts the JCE's provider machinery
 * (jar verification, every provider's services), some 35-45 ms that a kernel's first reply waited
 * for; a digest from the SUN provider costs a third of that. The result is the same bytes, which
 * SignerTest checks against {@code Mac}.
 *
 * <p>Thread-safe: each call works on its own copies of the keyed digests.
 */
public final class Signer {
    private static final byte[] NO_SIGNATURE = new byte[0];
    /** SHA-256's block size: keys are padded (or first hashed) to it. */
    private static final int BLOCK = 64;

    /** The key's bytes; null when unsigned. */
    private final byte[] key;
    /**
     * SHA-256 digests that have taken in the key XOR ipad and the key XOR opad, made at the first
     * signature rather than with the signer, so that a kernel binds its sockets first. Never used
     * directly: only cloned, because a digest is not thread-safe. Racing threads may each make a
     * pair; either pair is right.
     */
    private volatile Keyed keyed;

    private record Keyed(MessageDigest inner, MessageDigest outer) {
    }

    private Signer(byte[] key) {
        this.key = key;
    }

    /** A signer for a key; the empty key gives an unsigned signer. */
    public static Signer forKey(String key) {
        return new Signer(key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8));
    }

    private Keyed keyed() {
        Keyed k = keyed;
        if (k == null) {
            byte[] block = key.length > BLOCK ? sha256().digest(key) : key;
            byte[] ipad = new byte[BLOCK];
            byte[] opad = new byte[BLOCK];
            for (int i = 0; i < BLOCK; i++) {
                byte b = i < block.length ? block[i] : 0;
                ipad[i] = (byte) (b ^ 0x36);
                opad[i] = (byte) (b ^ 0x5c);
            }
            MessageDigest inner = sha256();
            inner.update(ipad);
            MessageDigest outer = sha256();
            outer.update(opad);
            k = new Keyed(inner, outer);
            keyed = k;
        }
        return k;
    }

    /** SHA-256 from the JDK's own provider, asked for by name (any provider when that one is missing). */
    private static MessageDigest sha256() {
        try {
            try {
                return MessageDigest.getInstance("SHA-256", "SUN");
            } catch (GeneralSecurityException e) {
                return MessageDigest.getInstance("SHA-256");
            }
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships SHA-256; not having it is a broken runtime.
            throw new IllegalStateException("SHA-256 is not available", e);
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
        Keyed k = keyed();
        MessageDigest inner = copy(k.inner());
        for (byte[] frame : jsonFrames) {
            inner.update(frame);
        }
        MessageDigest outer = copy(k.outer());
        outer.update(inner.digest());
        return HexFormat.of().formatHex(outer.digest()).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * True when {@code signature} is the right one for the frames, compared in constant time so a
     * client cannot learn a correct signature byte by byte from how long the check takes.
     */
    public boolean verify(byte[] signature, List<byte[]> jsonFrames) {
        return MessageDigest.isEqual(signature, sign(jsonFrames));
    }

    private static MessageDigest copy(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // The SUN provider's SHA-256 supports clone; a provider that does not cannot be shared.
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }
}
