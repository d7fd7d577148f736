package org.learnpath.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Detects a port some other program already listens on. */
final class Ports {

    private Ports() {
    }

    static boolean isFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
        } catch (IOException nothingListening) {
            return true;
        }
        return false;
    }

    static void requireFree(int port, String what) throws LaunchException {
        if (isFree(port)) {
            return;
        }
        throw new LaunchException("port " + port + " (" + what + ") is already in use by another program;"
                + " stop it, or stop a LearnPath run started from another checkout or data folder");
    }
}
