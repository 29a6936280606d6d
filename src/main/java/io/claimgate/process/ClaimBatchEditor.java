package io.claimgate.process;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ClaimBuilder;
import io.claimgate.edit.ClaimEditor;
import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.EditorFindings;
import io.claimgate.edit.api.EditContext;
import io.claimgate.parse.ParsedSegment;
import io.claimgate.parse.RawClaim;
import io.claimgate.parse.ServiceLineParseException;
import io.claimgate.parse.ServiceLineParser;
import io.claimgate.x12.Delimiters;
import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a batch of claims' service lines with Smooks and runs the edits: the work of the pool in single-node mode
 * and of a worker in Kafka mode, so both give the same results. Each result comes with the parsed segments its
 * claim was built from, which is what a worker sends back (the reading node rebuilds the claim around its own
 * {@link RawClaim}, whose shared HL levels the writers compare by identity).
 */
public final class ClaimBatchEditor {

    /** One claim's result and the service-line segments it was built from. */
    public record Edited(List<ParsedSegment> parsed, ClaimResult result) {
    }

    private final ServiceLineParser parser;
    private final ClaimEditor editor;

    public ClaimBatchEditor(ServiceLineParser parser, ClaimEditor editor) {
        this.parser = parser;
        this.editor = editor;
    }

    /** Parses and edits a batch of claims of one transaction set. */
    public List<Edited> edit(List<RawClaim> batch, EditContext context) {
        Delimiters d = batch.get(0).transaction().interchange().delimiters();
        List<List<Segment>> lines = new ArrayList<>(batch.size());
        for (RawClaim c : batch) {
            lines.add(c.lineSegments());
        }
        List<Edited> results = new ArrayList<>(batch.size());
        try {
            List<List<ParsedSegment>> parsed = parser.parse(d, lines);
            for (int i = 0; i < batch.size(); i++) {
                List<ParsedSegment> own = parsed.get(i);
                results.add(new Edited(own, editor.edit(ClaimBuilder.build(batch.get(i), own), context)));
            }
        } catch (ServiceLineParseException batchFailure) {
            results.clear();
            for (RawClaim c : batch) {
                results.add(editAlone(c, d, context));
            }
        }
        return results;
    }

    /** After a batch failed in Smooks: parse each claim alone, so only the claim at fault is rejected for it. */
    private Edited editAlone(RawClaim c, Delimiters d, EditContext context) {
        try {
            List<ParsedSegment> own = parser.parse(d, List.of(c.lineSegments())).get(0);
            return new Edited(own, editor.edit(ClaimBuilder.build(c, own), context));
        } catch (ServiceLineParseException e) {
            List<ParsedSegment> fallback = unparsed(c);
            Claim claim = ClaimBuilder.build(c, fallback);
            Segment first = c.lineSegments().isEmpty() ? c.clm() : c.lineSegments().get(0);
            return new Edited(fallback, EditorFindings.serviceLineSyntax(editor.edit(claim, context), first,
                    e.getMessage()));
        }
    }

    /** The service lines as read, for a claim Smooks could not parse (or whose set the 999 rejected). */
    static List<ParsedSegment> unparsed(RawClaim c) {
        return c.lineSegments().stream().map(s -> new ParsedSegment(s.elements())).toList();
    }
}
