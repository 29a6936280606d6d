package io.claimgate.parse;

/** A segment as Smooks delivered it: element 0 is the segment id, as in {@link io.claimgate.x12.Segment}. */
public record ParsedSegment(String[] elements) {

    public String id() {
        return elements[0];
    }

    public String element(int n) {
        return n < elements.length && elements[n] != null ? elements[n] : "";
    }

    public boolean is(String id, String qualifier) {
        return elements[0].equals(id) && element(1).equals(qualifier);
    }
}
