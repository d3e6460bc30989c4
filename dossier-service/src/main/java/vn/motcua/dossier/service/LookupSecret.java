package vn.motcua.dossier.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Mã tra cứu: the secret printed on the receipt beside the dossier's code, so that anyone holding the receipt
 * (and only they) can look up its status without signing in. Ten characters from an alphabet without look-alike
 * letters (no 0/O, 1/I/L), about 49 bits: with the lookup rate-limited, not guessable. Only its SHA-256 is
 * stored: a database reader cannot look dossiers up.
 */
public final class LookupSecret {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    public static final int LENGTH = 10;
    /** What a caller may type: upper or lower case, the alphabet above. */
    public static final String SHAPE = "[2-9A-HJKMNP-Za-hjkmnp-z]{10}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LookupSecret() {
    }

    public static String generate() {
        char[] secret = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            secret[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(secret);
    }

    /** The stored form: SHA-256 of the secret in upper case, as 64 hex digits. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(secret.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing of the stored hash. */
    public static boolean matches(String secret, String storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
