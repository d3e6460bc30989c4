package vn.motcua.gateway.edge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The path and query of a request, read strictly (RFC 3986 §3.3, §3.4). Quarkus's own check answers a bad one
 * with an empty 400 before any route runs, so the gateway switches that check off ({@code GatewayMain}) and
 * makes it here, where the answer is problem+json. Path segments are decoded too: services would answer an escape
 * that is not UTF-8 with their framework's own error, and {@code ..} segments mean one thing to the gateway's
 * path rules and another to a service that normalises them, so neither is forwarded.
 */
final class RequestTarget {
    enum Verdict { SOUND, BADLY_ENCODED, DOT_SEGMENT }

    /** pchar of RFC 3986 without "%", which is checked as an escape; "/" separates segments. */
    private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/";
    /** A query may also hold "?" (and "/", already in the path set). */
    private static final String QUERY_CHARS = PATH_CHARS + "?";

    private RequestTarget() {
    }

    static Verdict judge(String rawPath, String rawQuery) {
        if (rawPath == null || !allowed(rawPath, PATH_CHARS) || rawQuery != null && !allowed(rawQuery, QUERY_CHARS)) {
            return Verdict.BADLY_ENCODED;
        }
        for (String segment : rawPath.split("/", -1)) {
            String decoded = decode(segment);
            if (decoded == null) {
                return Verdict.BADLY_ENCODED;
            }
            if (decoded.equals(".") || decoded.equals("..")) {
                return Verdict.DOT_SEGMENT;
            }
        }
        return Verdict.SOUND;
    }

    /**
     * Letters, digits, the given marks and well-formed escapes. Bytes above ASCII (Netty hands them over one char
     * each) pass, as Quarkus let them: clients that send raw UTF-8 exist, and the segment check still decodes them.
     */
    private static boolean allowed(String text, String marks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !HexFormat.isHexDigit(text.charAt(i + 1))
                        || !HexFormat.isHexDigit(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || marks.indexOf(c) >= 0 || c >= 0xA0 && c <= 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The segment's text, or null when its bytes are not UTF-8 or an escape hides a control character. */
    private static String decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return text.chars().anyMatch(Character::isISOControl) ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
