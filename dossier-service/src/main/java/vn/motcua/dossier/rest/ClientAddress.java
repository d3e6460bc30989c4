package vn.motcua.dossier.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address of the client a request comes from, for per-address limits. Behind the gateway the peer is the
 * gateway, which puts the address it saw in X-Forwarded-For (replacing whatever the client sent). That header is
 * believed only from a peer on a loopback or private network, where the gateway runs: a client that reaches the
 * service from outside cannot choose its own address this way.
 */
final class ClientAddress {
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String address = peer == null ? "unknown" : peer.hostAddress();
        String forwarded = request.getHeader(FORWARDED_FOR);
        if (forwarded == null || forwarded.isBlank() || !internal(address)) {
            return address;
        }
        // the nearest proxy appends last: the entry a trusted hop vouches for
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].trim();
        return last.isEmpty() || last.length() > 45 ? address : last;
    }

    private static boolean internal(String address) {
        if (!address.matches("[0-9A-Fa-f:.]{2,45}")) {
            return false;
        }
        try {
            // a literal address: getByName parses it and looks nothing up
            InetAddress a = InetAddress.getByName(address);
            return a.isLoopbackAddress() || a.isSiteLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
