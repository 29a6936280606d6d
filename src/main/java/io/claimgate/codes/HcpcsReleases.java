package io.claimgate.codes;

import java.time.LocalDate;
import java.util.List;

/**
 * Every loaded HCPCS Level II release, full CMS files ({@link HcpcsCodeSet}, with each code's dates) and
 * codes-only lists ({@link HcpcsCodeList}), answering one question: what is this code (or modifier) on this date of
 * service? Built once; a look-up is a few loops over arrays and binary searches and does not allocate.
 *
 * <p>The order of the search is the rule (issue 9):
 * <ol>
 *   <li>the full releases effective on or before the date, newest first: the first that lists the code decides by
 *   its dates. So the newest release answers for every later date, and a code it lists as terminated before the
 *   date is invalid whatever a later codes-only list says (a list carries no dates and cannot revive it);</li>
 *   <li>a codes-only list effective on or before the date that holds the code: known (active);</li>
 *   <li>the full releases effective after the date, oldest first, by their dates (terminated codes keep their
 *   dates, so a release answers for earlier dates too);</li>
 *   <li>a codes-only list effective after the date that holds the code: not yet effective (the list adds codes
 *   from its effective date; load the full release in between to know a code's real added date);</li>
 *   <li>otherwise unknown: a code no loaded release knows.</li>
 * </ol>
 * Dates are covered when any full release is loaded (its dates answer for any date) or a codes-only list is
 * effective on or before them; {@link #coversCodes} / {@link #coversModifiers} false means no data, so the rules
 * check form only and say so once per file. Modifiers follow the same order, then the curated CPT Level I list.
 */
public final class HcpcsReleases {

    private static final ModifierSet CPT_LEVEL_I = ModifierSet.cptLevelI();

    private final HcpcsCodeSet[] full;
    private final LocalDate[] fullFrom;
    private final HcpcsCodeList[] lists;
    private final LocalDate[] listFrom;
    private final LocalDate firstCodeList;
    private final LocalDate firstModifierList;
    private final LocalDate newestCodes;
    private final LocalDate newestModifiers;

    /** @param full the full releases, oldest first; @param lists the codes-only lists, oldest first */
    public HcpcsReleases(List<HcpcsCodeSet> full, List<HcpcsCodeList> lists) {
        this.full = full.toArray(HcpcsCodeSet[]::new);
        this.fullFrom = new LocalDate[this.full.length];
        LocalDate newestFull = null;
        for (int i = 0; i < this.full.length; i++) {
            fullFrom[i] = this.full[i].effectiveDate().orElse(LocalDate.MIN);
            newestFull = fullFrom[i];
        }
        this.lists = lists.toArray(HcpcsCodeList[]::new);
        this.listFrom = new LocalDate[this.lists.length];
        LocalDate codes = null;
        LocalDate mods = null;
        LocalDate newestCodeList = null;
        LocalDate newestModifierList = null;
        for (int i = 0; i < this.lists.length; i++) {
            listFrom[i] = this.lists[i].effectiveDate();
            if (this.lists[i].hasCodes()) {
                codes = codes == null ? listFrom[i] : codes;
                newestCodeList = listFrom[i];
            }
            if (this.lists[i].hasModifiers()) {
                mods = mods == null ? listFrom[i] : mods;
                newestModifierList = listFrom[i];
            }
        }
        this.firstCodeList = codes;
        this.firstModifierList = mods;
        this.newestCodes = later(newestFull, newestCodeList);
        this.newestModifiers = later(newestFull, newestModifierList);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** No release at all. */
    public static HcpcsReleases none() {
        return new HcpcsReleases(List.of(), List.of());
    }

    /** True when a loaded release answers for procedure codes on the date. */
    public boolean coversCodes(LocalDate dos) {
        return full.length > 0 || (firstCodeList != null && !firstCodeList.isAfter(dos));
    }

    /** True when a loaded release answers for modifiers on the date. */
    public boolean coversModifiers(LocalDate dos) {
        return full.length > 0 || (firstModifierList != null && !firstModifierList.isAfter(dos));
    }

    /** The code's status on the date (upper case; does not allocate). Ask {@link #coversCodes} first. */
    public CodeStatus codeStatus(String code, LocalDate dos) {
        return status(locate(code, dos, false), code, dos, false);
    }

    /** The modifier's status on the date, HCPCS Level II then the curated CPT Level I list; does not allocate. */
    public CodeStatus modifierStatus(String modifier, LocalDate dos) {
        int at = locate(modifier, dos, true);
        return at < 0 ? CPT_LEVEL_I.statusOn(modifier, dos) : status(at, modifier, dos, true);
    }

    /**
     * Why the code has its status on the date, for a finding's message (allocates): the release that answered
     * and the dates it gives. {@code from}/{@code through} are null when that release gives none.
     */
    public Answer explainCode(String code, LocalDate dos) {
        return answer(locate(code, dos, false), code, dos, false);
    }

    /** The same for a modifier (a CPT Level I modifier is answered by no release: source empty). */
    public Answer explainModifier(String modifier, LocalDate dos) {
        return answer(locate(modifier, dos, true), modifier, dos, true);
    }

    /**
     * What a release says about a code: its status, dates and where it came from. {@code codesOnly}: a codes-only
     * list answered, so {@code from} is the list's effective date, not the code's added date.
     */
    public record Answer(CodeStatus status, LocalDate from, LocalDate through, String source, boolean codesOnly) {
    }

    /** Effective date of the newest release that lists procedure codes, or null (none, or undated). */
    public LocalDate newestCodeRelease() {
        return newestCodes == null || newestCodes.equals(LocalDate.MIN) ? null : newestCodes;
    }

    /** Effective date of the newest release that lists modifiers, or null (none, or undated). */
    public LocalDate newestModifierRelease() {
        return newestModifiers == null || newestModifiers.equals(LocalDate.MIN) ? null : newestModifiers;
    }

    /**
     * True when the newest release listing procedure codes is more than one quarter older than the date: for a
     * date in 2026 Q3, a January 2026 release is stale, an April one is not (the next quarter's file is often
     * published weeks into that quarter, so one quarter of lag is normal).
     */
    public boolean codesStale(LocalDate dos) {
        return stale(newestCodeRelease(), dos);
    }

    /** The same for modifiers. */
    public boolean modifiersStale(LocalDate dos) {
        return stale(newestModifierRelease(), dos);
    }

    private static boolean stale(LocalDate release, LocalDate dos) {
        return release != null && quarterIndex(dos) - quarterIndex(release) > 1;
    }

    private static int quarterIndex(LocalDate d) {
        return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
    }

    /** True when no release is loaded at all. */
    public boolean isEmpty() {
        return full.length == 0 && lists.length == 0;
    }

    /** Index of the release that answers (full releases first, then lists at full.length + j), or -1. */
    private int locate(String code, LocalDate dos, boolean modifier) {
        for (int i = full.length - 1; i >= 0; i--) {
            if (!fullFrom[i].isAfter(dos) && inFull(i, code, modifier)) {
                return i;
            }
        }
        for (int j = 0; j < lists.length; j++) {
            if (!listFrom[j].isAfter(dos) && inList(j, code, modifier)) {
                return full.length + j;
            }
        }
        for (int i = 0; i < full.length; i++) {
            if (fullFrom[i].isAfter(dos) && inFull(i, code, modifier)) {
                return i;
            }
        }
        for (int j = 0; j < lists.length; j++) {
            if (listFrom[j].isAfter(dos) && inList(j, code, modifier)) {
                return full.length + j;
            }
        }
        return -1;
    }

    private boolean inFull(int i, String code, boolean modifier) {
        // any date will do: only UNKNOWN (not listed) matters here
        LocalDate any = fullFrom[i];
        return (modifier ? full[i].modifiers().statusOn(code, any) : full[i].statusOn(code, any))
                != CodeStatus.UNKNOWN;
    }

    private boolean inList(int j, String code, boolean modifier) {
        return modifier ? lists[j].hasModifier(code) : lists[j].hasCode(code);
    }

    private CodeStatus status(int at, String code, LocalDate dos, boolean modifier) {
        if (at < 0) {
            return CodeStatus.UNKNOWN;
        }
        if (at < full.length) {
            return modifier ? full[at].modifiers().statusOn(code, dos) : full[at].statusOn(code, dos);
        }
        return listFrom[at - full.length].isAfter(dos) ? CodeStatus.NOT_YET_EFFECTIVE : CodeStatus.ACTIVE;
    }

    private Answer answer(int at, String code, LocalDate dos, boolean modifier) {
        if (at < 0) {
            CodeStatus cpt = modifier ? CPT_LEVEL_I.statusOn(code, dos) : CodeStatus.UNKNOWN;
            return new Answer(cpt, null, null, "", false);
        }
        CodeStatus status = status(at, code, dos, modifier);
        if (at >= full.length) {
            HcpcsCodeList list = lists[at - full.length];
            return new Answer(status, list.effectiveDate(), null, list.source(), true);
        }
        HcpcsCodeSet set = full[at];
        if (modifier) {
            ModifierSet.Modifier m = set.modifiers().find(code).orElseThrow();
            return new Answer(status, m.added(), m.termination(), set.source(), false);
        }
        HcpcsCodeSet.HcpcsCode c = set.find(code).orElseThrow();
        return new Answer(status, c.added(), c.termination(), set.source(), false);
    }
}
