package io.claimgate.codes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Procedure code modifiers known on a date of service.
 *
 * <p>Two sources, kept apart in {@link Modifier#level()}:
 * <ul>
 *   <li>HCPCS Level II modifiers (GA, KX, LT, RT, TC, XU...): records with id 7 in the CMS alpha-numeric HCPCS
 *   file, with their added and termination dates; see {@link HcpcsCodeSet#modifiers()}.</li>
 *   <li>CPT Level I modifiers (two digits: 25, 26, 59...): these are owned by the AMA and are not in any CMS file.
 *   {@link #cptLevelI()} is a small hand-curated list of the common ones, <b>codes only, no descriptors</b> (the
 *   descriptors are AMA-copyrighted): 22, 24, 25, 26, 27, 50, 51, 52, 53, 57, 58, 59, 62, 76, 77, 78, 79, 80, 82,
 *   90, 91, 95, 96, 97, 99. They carry no dates, so they exist on every date. Sites with a CPT licence can add
 *   others with {@link #of(Collection)}.</li>
 * </ul>
 * Instances are immutable.
 */
public final class ModifierSet {

    /** Where a modifier comes from. */
    public enum Level {
        /** AMA CPT Level I modifier (two digits), from the curated list. */
        CPT_LEVEL_I,
        /** CMS HCPCS Level II modifier, from the HCPCS file. */
        HCPCS_LEVEL_II
    }

    /**
     * One modifier. Dates are null when unknown/blank: {@code added} null means "always existed", {@code termination}
     * null means "not terminated". The termination date is the last day the modifier may be used.
     */
    public record Modifier(String code, Level level, LocalDate added, LocalDate actionEffective,
            LocalDate termination) {

        public boolean existsOn(LocalDate dos) {
            return CodeStatus.on(dos, added, termination) == CodeStatus.ACTIVE;
        }
    }

    private static final List<String> CPT_LEVEL_I_CODES = List.of("22", "24", "25", "26", "27", "50", "51", "52",
            "53", "57", "58", "59", "62", "76", "77", "78", "79", "80", "82", "90", "91", "95", "96", "97", "99");

    private final Map<String, Modifier> byCode;

    private ModifierSet(Map<String, Modifier> byCode) {
        this.byCode = byCode;
    }

    /** A set from explicit modifiers; on a duplicate code the later one wins. */
    public static ModifierSet of(Collection<Modifier> modifiers) {
        Map<String, Modifier> map = new TreeMap<>();
        for (Modifier m : modifiers) {
            map.put(m.code().toUpperCase(Locale.ROOT), m);
        }
        return new ModifierSet(java.util.Collections.unmodifiableMap(map));
    }

    /** The curated CPT Level I modifier codes (see the class comment for why they are hard-coded). */
    public static ModifierSet cptLevelI() {
        Map<String, Modifier> map = new LinkedHashMap<>();
        for (String c : CPT_LEVEL_I_CODES) {
            map.put(c, new Modifier(c, Level.CPT_LEVEL_I, null, null, null));
        }
        return of(map.values());
    }

    /** This set plus the curated CPT Level I modifiers; Level II entries win on a clash (there are none today). */
    public ModifierSet withCptLevelI() {
        Map<String, Modifier> map = new TreeMap<>(cptLevelI().byCode);
        map.putAll(byCode);
        return new ModifierSet(java.util.Collections.unmodifiableMap(map));
    }

    /** True when the modifier is known and valid on the date of service (case-insensitive). */
    public boolean exists(String modifier, LocalDate dos) {
        Modifier m = modifier == null ? null : byCode.get(modifier.toUpperCase(Locale.ROOT));
        return m != null && m.existsOn(dos);
    }

    /** ACTIVE, UNKNOWN, NOT_YET_EFFECTIVE or TERMINATED on the date; does not allocate for an upper-case code. */
    public CodeStatus statusOn(String modifier, LocalDate dos) {
        Modifier m = modifier == null ? null : byCode.get(modifier.toUpperCase(Locale.ROOT));
        return m == null ? CodeStatus.UNKNOWN : CodeStatus.on(dos, m.added(), m.termination());
    }

    /** The modifier with its dates, whatever the date of service. */
    public Optional<Modifier> find(String modifier) {
        return modifier == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(modifier.toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return byCode.size();
    }

    /** All modifiers, sorted by code. */
    public Collection<Modifier> all() {
        return byCode.values();
    }

    @Override
    public String toString() {
        return "ModifierSet[" + byCode.size() + " modifiers]";
    }
}
