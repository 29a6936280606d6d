package io.claimgate.intake;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where this host listens on a port, read from the kernel's socket tables (/proc/net/tcp and tcp6: Linux), so a test
 * can check a server's bind address without sending anything to a non-loopback address. Skips elsewhere.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** The hex local addresses (as the kernel writes them) of the sockets listening on this port. */
    static List<String> localAddresses(int port) throws IOException {
        List<String> found = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path p = Path.of(table);
            assumeTrue(Files.isReadable(p), table + " is not readable here");
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].contains(":") && LISTEN.equals(f[3])) {
                    String[] local = f[1].split(":");
                    if (Integer.parseInt(local[1], 16) == port) {
                        found.add(local[0]);
                    }
                }
            }
        }
        return found;
    }

    /** 127.x.x.x (little-endian hex, first byte last), ::1, or ::ffff:127.x.x.x. */
    static boolean isLoopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000") || hex.startsWith("0000000000000000FFFF0000")
                && hex.endsWith("7F");
    }

    static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
