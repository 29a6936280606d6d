package io.claimgate.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimgate.syntax.ElementError;
import io.claimgate.syntax.ElementNames;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.FileStructure.GroupCheck;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.syntax.GroupErrorCode;
import io.claimgate.syntax.SegmentError;
import io.claimgate.x12.X12Code;
import java.io.IOException;
import java.util.List;

/**
 * The structure verdicts in reports/S.json, each code beside its code list's text so that an operator reads the
 * report without the reference at hand: TA1 note per interchange, AK9 per group, IK5 per set, IK3 per segment in
 * error and IK4 per element, the element named as the guide names it with its bad value. An interchange its TA1
 * rejected lists no groups: nothing in it was checked or accepted.
 */
final class StructureJson {

    /** Only 837P is read; said in words wherever another transaction or version arrives. */
    static final String ONLY_837P = "claimgate reads only 837P professional claims, 005010X222A1";

    private static final ElementNames NAMES = ElementNames.professional837();

    private final JsonGenerator g;

    StructureJson(JsonGenerator g) {
        this.g = g;
    }

    void write(FileStructure structure) throws IOException {
        g.writeArrayFieldStart("interchanges");
        for (InterchangeCheck ic : structure.interchanges()) {
            g.writeStartObject();
            g.writeStringField("control", ic.controlNumber());
            code("ta1", ic.ta1Note());
            if (!ic.reason().isEmpty()) {
                g.writeStringField("reason", ic.reason());
            }
            g.writeArrayFieldStart("groups");
            if (ic.accepted()) {
                for (GroupCheck gc : ic.groups()) {
                    group(gc);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!structure.trailing().isEmpty()) {
            g.writeStringField("trailing", structure.trailing());
        }
    }

    private void group(GroupCheck gc) throws IOException {
        g.writeStartObject();
        g.writeStringField("control", gc.gs().element(6));
        code("ak9", gc.status());
        codes(gc.groupCodes());
        if (gc.groupCodes().contains(GroupErrorCode.NOT_SUPPORTED)
                || gc.groupCodes().contains(GroupErrorCode.VERSION_NOT_SUPPORTED)) {
            g.writeStringField("reason", "group GS01 '" + gc.gs().element(1) + "', GS08 '" + gc.gs().element(8)
                    + "' is not 837P: " + ONLY_837P);
        }
        g.writeArrayFieldStart("transactions");
        for (TransactionCheck tc : gc.transactions()) {
            transaction(tc);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void transaction(TransactionCheck tc) throws IOException {
        g.writeStartObject();
        g.writeStringField("control", tc.controlNumber());
        code("ik5", tc.status());
        codes(tc.setCodes());
        g.writeNumberField("errorCount", tc.errorCount());
        g.writeArrayFieldStart("errors");
        for (SegmentError e : tc.errors()) {
            g.writeStartObject();
            g.writeStringField("segment", e.segmentId());
            g.writeNumberField("position", e.filePosition());
            g.writeStringField("loop", e.loopId());
            code("ik3", e.code());
            if (!e.claimId().isEmpty()) {
                g.writeStringField("claim", e.claimId());
            }
            g.writeArrayFieldStart("elements");
            for (ElementError el : e.elements()) {
                g.writeStartObject();
                g.writeStringField("element", el.position());
                g.writeStringField("reference", el.reference());
                g.writeStringField("name", NAMES.describe(e.loopId(), e.segmentId(), el.position()));
                code("ik4", el.code());
                g.writeStringField("value", el.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** "ik5": "R" beside "ik5Text": "Rejected". */
    private void code(String field, X12Code code) throws IOException {
        g.writeStringField(field, code.code());
        g.writeStringField(field + "Text", code.text());
    }

    /** "codes": ["5"] beside "texts": ["One or More Segments in Error"]. */
    private void codes(List<? extends X12Code> codes) throws IOException {
        g.writeArrayFieldStart("codes");
        for (X12Code c : codes) {
            g.writeString(c.code());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("texts");
        for (X12Code c : codes) {
            g.writeString(c.text());
        }
        g.writeEndArray();
    }
}
