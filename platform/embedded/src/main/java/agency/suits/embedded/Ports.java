package agency.suits.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port checks, so that a taken port is reported by name instead of as a bind stack trace. */
public final class Ports {

    private Ports() {
    }

    /** A port the operating system considers free right now; used where tests need ephemeral ports. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the port and who wanted it. */
    public static void requireFree(int port, String wantedBy) {
        if (!isFree(port)) {
            throw new PortTakenException(port, wantedBy);
        }
    }

    public static final class PortTakenException extends IllegalStateException {
        private final int port;

        PortTakenException(int port, String wantedBy) {
            super("Port " + port + " (" + wantedBy + ") is already taken by another process; "
                    + "stop that process or choose another port");
            this.port = port;
        }

        public int port() {
            return port;
        }
    }
}
