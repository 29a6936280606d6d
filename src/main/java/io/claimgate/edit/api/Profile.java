package io.claimgate.edit.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A trading-partner profile (SNIP 7): per sender or receiver, rules turned off or lowered to warnings, and codes
 * accepted in addition to the loaded code sets. Read from {@code <partner id>.properties}:
 *
 * <pre>
 * rule.ncci-ptp = off            # do not run the rule
 * rule.mue-units = warning       # report its findings as warnings (the claim is not rejected for them)
 * rule.service-date = error      # the default
 * codes.extra-hcpcs = J1551, Q9999
 * codes.extra-icd10 = U099       # without the decimal point
 * codes.extra-cpt = 0999U
 * codes.extra-modifiers = ZZ
 * codes.extra-pos = 98
 * envelope.refuse-reused-isa13 = on     # the default: TA1 025 for an ISA13 the sender used before
 * envelope.reused-isa13-window-days = 365   # the default: how far back an earlier use counts
 * </pre>
 * Unknown keys, unknown rule ids and unknown values are refused when the profile is loaded, so a typo cannot
 * silently leave a rule on. Immutable.
 */
public final class Profile {

    /** How far back an earlier use of an ISA13 counts unless a profile says otherwise: a year of interchanges. */
    public static final int DEFAULT_REUSE_WINDOW_DAYS = 365;

    /** What a profile does to a rule. */
    public enum Setting {
        ERROR, WARNING, OFF
    }

    /** Code systems a profile can add codes to. */
    public enum CodeList {
        ICD10("icd10"), HCPCS("hcpcs"), CPT("cpt"), MODIFIERS("modifiers"), POS("pos");

        final String key;

        CodeList(String key) {
            this.key = key;
        }
    }

    /** No profile: every rule as shipped, no extra codes. */
    public static final Profile NONE = new Profile("", Map.of(), new EnumMap<>(CodeList.class), true,
            DEFAULT_REUSE_WINDOW_DAYS);

    private final String name;
    private final Map<String, Setting> rules;
    private final Map<CodeList, Set<String>> extra;
    private final boolean refuseReusedIsa13;
    private final int reuseWindowDays;

    private Profile(String name, Map<String, Setting> rules, Map<CodeList, Set<String>> extra,
            boolean refuseReusedIsa13, int reuseWindowDays) {
        this.name = name;
        this.rules = rules;
        this.extra = extra;
        this.refuseReusedIsa13 = refuseReusedIsa13;
        this.reuseWindowDays = reuseWindowDays;
    }

    /**
     * A profile from its properties.
     *
     * @param knownRules the rule ids that exist, to refuse typos
     * @throws IllegalArgumentException naming the key when a key or value is not understood
     */
    public static Profile parse(String name, Properties p, Set<String> knownRules) {
        Map<String, Setting> rules = new HashMap<>();
        Map<CodeList, Set<String>> extra = new EnumMap<>(CodeList.class);
        boolean refuseReused = true;
        int window = DEFAULT_REUSE_WINDOW_DAYS;
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.equals("envelope.refuse-reused-isa13")) {
                if (!value.equals("on") && !value.equals("off")) {
                    throw new IllegalArgumentException("profile " + name + ": " + key + " must be on or off, not '"
                            + value + "'");
                }
                refuseReused = value.equals("on");
            } else if (key.equals("envelope.reused-isa13-window-days")) {
                if (!value.matches("\\d{1,5}") || Integer.parseInt(value) == 0) {
                    throw new IllegalArgumentException("profile " + name + ": " + key + " must be a number of days"
                            + " (1-99999), not '" + value + "'");
                }
                window = Integer.parseInt(value);
            } else if (key.startsWith("rule.")) {
                String id = key.substring(5);
                if (!knownRules.contains(id)) {
                    throw new IllegalArgumentException("profile " + name + ": unknown rule '" + id + "' in " + key);
                }
                try {
                    rules.put(id, Setting.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("profile " + name + ": " + key + " must be off, warning or"
                            + " error, not '" + value + "'");
                }
            } else if (key.startsWith("codes.extra-")) {
                CodeList list = null;
                for (CodeList c : CodeList.values()) {
                    if (c.key.equals(key.substring("codes.extra-".length()))) {
                        list = c;
                    }
                }
                if (list == null) {
                    throw new IllegalArgumentException("profile " + name + ": unknown code list in " + key
                            + " (icd10, hcpcs, cpt, modifiers or pos)");
                }
                Set<String> codes = new HashSet<>();
                for (String code : value.split("[,\\s]+")) {
                    if (!code.isEmpty()) {
                        codes.add(code.replace(".", "").toUpperCase(Locale.ROOT));
                    }
                }
                extra.put(list, Collections.unmodifiableSet(codes));
            } else if (!key.equals("description")) {
                throw new IllegalArgumentException("profile " + name + ": unknown setting '" + key + "'");
            }
        }
        return new Profile(name, Map.copyOf(rules), extra, refuseReused, window);
    }

    /** The partner id the profile is named after; empty for {@link #NONE}. */
    public String name() {
        return name;
    }

    public Setting setting(String ruleId) {
        return rules.getOrDefault(ruleId, Setting.ERROR);
    }

    /** True when the profile names the rule {@code error} itself (a warning-by-default rule raised to a rejection). */
    public boolean raises(String ruleId) {
        return rules.get(ruleId) == Setting.ERROR;
    }

    public boolean isOff(String ruleId) {
        return setting(ruleId) == Setting.OFF;
    }

    /**
     * Whether an earlier use of the same sender and ISA13, at {@code earlier}, makes this interchange a duplicate
     * (TA1 025) at {@code now}: only when the profile refuses reuse (the default) and the use is within its window.
     * A use earlier in the same file is passed as {@code now} itself.
     */
    public boolean refusesReuse(Instant earlier, Instant now) {
        return refuseReusedIsa13 && (earlier == null || !earlier.isBefore(now.minus(Duration.ofDays(reuseWindowDays))));
    }

    /** True when the profile adds this code (upper case, no decimal point) to the list. Does not allocate. */
    public boolean allows(CodeList list, String code) {
        Set<String> codes = extra.get(list);
        return codes != null && codes.contains(code);
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", rules=" + rules + ", extra=" + extra + ", refuseReusedIsa13="
                + refuseReusedIsa13 + ", reuseWindowDays=" + reuseWindowDays + "]";
    }
}
