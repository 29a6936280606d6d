package io.claimgate.edit;

import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the rules run on one claim. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /** An error on the claim (line 0) or on service line {@code line}. */
    public void error(ClaimRule rule, StatusCode status, Segment segment, int line, String message) {
        add(rule, Severity.ERROR, List.of(status), segment, line, message);
    }

    public void add(ClaimRule rule, Severity severity, List<StatusCode> statuses, Segment segment, int line,
            String message) {
        list.add(new Finding(rule.id(), rule.snip(), severity, statuses, segment == null ? "" : segment.id(),
                segment == null ? 0 : segment.position(), message, line));
    }

    public List<Finding> list() {
        return list;
    }
}
