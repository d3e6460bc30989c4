package vn.motcua.gateway.session;

import java.net.URI;
import java.util.Locale;

/**
 * Cross-site request forgery guard for the console's session: a write (POST, PUT, PATCH, DELETE) authenticated by
 * the session cookie must come from a page of the gateway's own origin. Browsers send {@code Origin} on every such
 * fetch; a form or script on another site gets a different origin (or, with the cookie's SameSite=Lax, no cookie at
 * all). A write without an Origin header is refused too: the console always sends one, so nothing is guessed.
 */
public final class SameOrigin {
    private SameOrigin() {
    }

    /** Whether a write with this {@code Origin} header may act on a session, for a request sent to {@code host}. */
    public static boolean allows(String origin, String host) {
        if (origin == null || host == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                return false;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return authority(uri.getHost(), port).equals(hostAuthority(host, port(scheme)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean isWrite(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> false;
            default -> true;
        };
    }

    private static int port(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    private static String hostAuthority(String host, int defaultPort) {
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            return authority(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1)));
        }
        return authority(host, defaultPort);
    }

    private static String authority(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }
}
