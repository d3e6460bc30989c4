package vn.motcua.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The footprint's reference: a JVM that does nothing but answer {@code GET /ready} with 200, started with the
 * services' own JVM options and measured as they are, so that a service's start time and memory are read
 * beside what the JVM alone costs on the same machine in the same run. Prints its port, then waits to be
 * stopped.
 */
public final class IdleJvm {
    private IdleJvm() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
