package io.claimgate.ack;

import io.claimgate.claim.Claim;
import io.claimgate.claim.ServiceLine;
import io.claimgate.edit.api.Finding;
import io.claimgate.edit.api.StatusCode;
import io.claimgate.parse.HierarchyLevel;
import io.claimgate.x12.Segment;
import io.claimgate.x12.SegmentWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The segments of a 277CA 2000D claim block and its 2220D rejected lines that depend on the claim alone. */
final class ClaimStatusSegments {

    private ClaimStatusSegments() {
    }

    static void writePatientName(SegmentWriter s, Claim claim) {
        HierarchyLevel subscriber = claim.raw().subscriber();
        Segment insured = subscriber == null ? null : subscriber.find("NM1", "IL");
        Segment patient = claim.raw().patient() == null ? insured : claim.raw().patient().find("NM1", "QC");
        Segment name = patient == null ? insured : patient;
        String memberId = insured == null ? "" : insured.element(9);
        s.write("NM1", "QC", "1", name == null ? "" : name.element(3), name == null ? "" : name.element(4),
                name == null ? "" : name.element(5), "", name == null ? "" : name.element(7),
                memberId.isEmpty() ? "" : "MI", memberId);
    }

    static void writeClaimServicePeriod(SegmentWriter s, Claim claim) {
        LocalDate first = null;
        LocalDate last = null;
        for (ServiceLine line : claim.lines()) {
            if (line.serviceDate() == null) {
                continue;
            }
            LocalDate from = line.serviceDate().fromDate();
            LocalDate to = line.serviceDate().toDate();
            if (from == null || to == null) {
                continue;
            }
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || to.isAfter(last) ? to : last;
        }
        if (first != null) {
            writeDate(s, first, last);
        }
    }

    private static void writeDate(SegmentWriter s, LocalDate from, LocalDate to) {
        String f = from.toString().replace("-", "");
        String t = to.toString().replace("-", "");
        if (f.equals(t)) {
            s.write("DTP", "472", "D8", f);
        } else {
            s.write("DTP", "472", "RD8", f + "-" + t);
        }
    }

    static void writeRejectedLine(SegmentWriter s, ServiceLine line, List<Finding> errors) {
        s.write("SVC", s.composite(line.procedureComposite().toArray(new String[0])), line.chargeText(), "", "", "",
                "", line.unitsText());
        // 2220D STC: STC02 is not used and STC03 may only be U (X12 RFI 2203).
        writeStatuses(s, statuses(errors), "", "U", "");
        if (!line.lineControlNumber().isEmpty()) {
            s.write("REF", "FJ", line.lineControlNumber());
        }
        if (line.serviceDate() != null) {
            LocalDate from = line.serviceDate().fromDate();
            LocalDate to = line.serviceDate().toDate();
            if (from != null && to != null && !to.isBefore(from)) {
                writeDate(s, from, to);
            }
        }
    }

    /** The distinct statuses of the error findings, in order. */
    static List<StatusCode> statuses(List<Finding> findings) {
        Set<StatusCode> set = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.isError()) {
                set.addAll(f.statuses());
            }
        }
        return new ArrayList<>(set);
    }

    /**
     * One STC per three statuses: STC01, then STC10 and STC11 (reached by six element separators after STC04,
     * as in the x12.org example {@code STC*A3:21*20230221*U*65******A3:187}).
     */
    static void writeStatuses(SegmentWriter s, List<StatusCode> statuses, String date, String action,
            String charge) {
        for (int i = 0; i < statuses.size(); i += 3) {
            String[] e = new String[12];
            e[0] = "STC";
            e[1] = composite(s, statuses.get(i));
            e[2] = date;
            e[3] = action;
            e[4] = charge;
            e[10] = i + 1 < statuses.size() ? composite(s, statuses.get(i + 1)) : "";
            e[11] = i + 2 < statuses.size() ? composite(s, statuses.get(i + 2)) : "";
            s.write(e);
        }
    }

    private static String composite(SegmentWriter s, StatusCode status) {
        return s.composite(status.category(), status.code(), status.entity());
    }
}
