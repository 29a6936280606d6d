package io.claimgate.route;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Who may use claimgate's HTTP servers, decided once at start from the checked settings: the credentials (a bearer
 * token and/or basic USER:PASSWORD, each from its environment variable or the first line of its file; never the
 * command line), whether each server listens beyond loopback, and whether its port is free. {@link #check} refuses
 * to serve a server bound beyond loopback without credentials.
 *
 * @param token the bearer token, or null
 * @param basic the expected "Basic ..." header value, or null
 */
public record HttpAccess(String token, String basic) {

    /** Reads the credentials from the checked settings. */
    public static HttpAccess from(Map<String, String> settings) {
        String token = secret(settings, "claimgate.auth.token");
        String basic = secret(settings, "claimgate.auth.basic");
        if (basic != null && basic.indexOf(':') < 1) {
            throw new SettingsCheck.Refused("invalid setting claimgate.auth.basic (or its -file): takes"
                    + " USER:PASSWORD");
        }
        return new HttpAccess(token, basic == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }

    public boolean required() {
        return token != null || basic != null;
    }

    /**
     * Refuses (one line, exit 2 at the command) a server bound beyond loopback without credentials, an address this
     * host cannot listen on, and a port already in use.
     */
    public void check(Map<String, String> settings) {
        for (String server : new String[] {"http", "management"}) {
            if (!"true".equals(settings.get("claimgate." + server + ".enabled"))) {
                continue;
            }
            String addressKey = "claimgate." + server + ".address";
            String portKey = "claimgate." + server + ".port";
            String address = settings.get(addressKey);
            InetAddress inet;
            try {
                inet = InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new SettingsCheck.Refused("invalid setting " + addressKey + "=" + address
                        + ": not an address of this host");
            }
            if (!inet.isLoopbackAddress() && !required()) {
                throw new SettingsCheck.Refused(addressKey + "=" + address + " listens beyond loopback: set"
                        + " claimgate.auth.token-file or claimgate.auth.basic-file (or CLAIMGATE_AUTH_TOKEN /"
                        + " CLAIMGATE_AUTH_BASIC) first");
            }
            int port = Integer.parseInt(settings.get(portKey));
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(inet, port));
            } catch (IOException e) {
                throw new SettingsCheck.Refused(portKey + "=" + port + ": cannot listen on " + address + ":" + port
                        + " (" + e.getMessage() + "; another program has the port?)");
            }
        }
    }

    private static String secret(Map<String, String> settings, String key) {
        String file = settings.get(key + "-file");
        if (file != null && !file.isBlank()) {
            try {
                String first = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst()
                        .orElse("").strip();
                if (first.isEmpty()) {
                    throw new SettingsCheck.Refused("invalid setting " + key + "-file=" + file + ": the file is"
                            + " empty");
                }
                return first;
            } catch (IOException e) {
                throw new SettingsCheck.Refused("invalid setting " + key + "-file=" + file + ": cannot read it");
            }
        }
        String value = settings.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
