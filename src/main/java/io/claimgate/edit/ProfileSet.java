package io.claimgate.edit;

import io.claimgate.edit.api.ClaimRule;
import io.claimgate.edit.api.Profile;
import io.claimgate.x12.InterchangeHeader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trading-partner profiles of a folder: one {@code <partner id>.properties} per partner (see {@link Profile}).
 * A claim gets the profile of its interchange sender (ISA06, trimmed), else of its receiver (ISA08, trimmed), else
 * {@code default.properties} when present, else none.
 */
public final class ProfileSet {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileSet.class);
    private static final ProfileSet NONE = new ProfileSet(Map.of(), Profile.NONE);

    private final Map<String, Profile> byId;
    private final Profile fallback;

    private ProfileSet(Map<String, Profile> byId, Profile fallback) {
        this.byId = byId;
        this.fallback = fallback;
    }

    public static ProfileSet none() {
        return NONE;
    }

    /** Profiles from explicit instances (tests); {@code default} names the fallback. */
    public static ProfileSet of(Map<String, Profile> byId) {
        return new ProfileSet(Map.copyOf(byId), byId.getOrDefault("default", Profile.NONE));
    }

    /** Reads every {@code *.properties} file directly in {@code dir}; refuses unknown keys and rule ids. */
    public static ProfileSet load(Path dir, List<ClaimRule> rules) {
        Set<String> ids = rules.stream().map(ClaimRule::id).collect(Collectors.toCollection(java.util.HashSet::new));
        RuleCatalog.fileReviews().forEach(r -> ids.add(r.id())); // em-mix-review: off per partner like any rule
        Map<String, Profile> byId = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - ".properties".length());
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                byId.put(id, Profile.parse(id, p, ids));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read trading-partner profiles in " + dir, e);
        }
        LOG.info("Loaded {} trading-partner profile(s) from {}: {}", byId.size(), dir, byId.keySet());
        return of(byId);
    }

    /** The profile in force for an interchange. */
    public Profile forInterchange(InterchangeHeader interchange) {
        if (byId.isEmpty()) {
            return fallback;
        }
        Profile p = byId.get(interchange.senderId().trim());
        if (p == null) {
            p = byId.get(interchange.receiverId().trim());
        }
        return p != null ? p : fallback;
    }

    public int size() {
        return byId.size();
    }
}
