package io.claimgate.edit.api;

import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the rules run on one claim, and its code-set notices (reported once per file). */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();
    private List<CodeSetNotice> notices = List.of();

    /** An error on the claim (line 0) or on service line {@code line}. */
    public void error(ClaimRule rule, StatusCode status, Segment segment, int line, String message) {
        add(rule, Severity.ERROR, List.of(status), segment, line, message);
    }

    /** An error with a companion status (STC10), e.g. A7:454 with A7:507. */
    public void error(ClaimRule rule, StatusCode status, StatusCode also, Segment segment, int line, String message) {
        add(rule, Severity.ERROR, List.of(status, also), segment, line, message);
    }

    /**
     * An error, or a warning when the loaded list is only the curated sample ({@code partial}): a code missing from
     * a partial list may well exist, and claimgate never rejects a claim for lack of data.
     */
    public void errorUnlessPartial(ClaimRule rule, boolean partial, StatusCode status, StatusCode also,
            Segment segment, int line, String message) {
        if (partial) {
            add(rule, Severity.WARNING, List.of(status, also), segment, line, message
                    + " (checked against claimgate's small built-in list only: load the official files with"
                    + " --codesets to check it)");
        } else {
            error(rule, status, also, segment, line, message);
        }
    }

    /** A review signal on the claim or a line: no 277CA status, since no acknowledgment carries it. */
    public void review(ClaimRule rule, Segment segment, int line, String message) {
        add(rule, Severity.REVIEW, List.of(), segment, line, message);
    }

    public void add(ClaimRule rule, Severity severity, List<StatusCode> statuses, Segment segment, int line,
            String message) {
        list.add(new Finding(rule.id(), rule.snip(), severity, statuses, segment == null ? "" : segment.id(),
                segment == null ? 0 : segment.position(), message, line));
    }

    /** A fact about the code sets on this claim's date (not a finding: the report states it once per file). */
    public void notice(CodeSetNotice notice) {
        if (notices.isEmpty()) {
            notices = new ArrayList<>(2);
        }
        notices.add(notice);
    }

    public List<CodeSetNotice> notices() {
        return notices;
    }

    public List<Finding> list() {
        return list;
    }

    /** Number of findings so far. */
    public int size() {
        return list.size();
    }

    /** Turns the findings from index {@code from} on into warnings (a profile lowered their rule). */
    public void lowerToWarnings(int from) {
        for (int i = from; i < list.size(); i++) {
            Finding f = list.get(i);
            if (f.isError()) {
                list.set(i, new Finding(f.rule(), f.snip(), Severity.WARNING, f.statuses(), f.segment(),
                        f.position(), f.message(), f.line()));
            }
        }
    }
}
