package io.claimgate.claim;

import io.claimgate.x12.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the typed coordination-of-benefits and drug data out of a claim's loops (2320/2330B, 2410, 2430), so that
 * edits and reports need not walk segments. The loops themselves come from the implementation map.
 */
final class CoordinationOfBenefits {

    private CoordinationOfBenefits() {
    }

    static List<OtherSubscriber> otherSubscribers(List<ClaimLoop> loops) {
        List<OtherSubscriber> out = new ArrayList<>();
        for (int i = 0; i < loops.size(); i++) {
            if (!loops.get(i).id().equals("2320")) {
                continue;
            }
            ClaimLoop sbrLoop = loops.get(i);
            Segment sbr = sbrLoop.first();
            Segment payer = null;
            for (int j = i + 1; j < loops.size() && loops.get(j).id().startsWith("2330"); j++) {
                if (loops.get(j).id().equals("2330B")) {
                    payer = loops.get(j).first();
                }
            }
            java.math.BigDecimal paid = null;
            int cas = 0;
            for (Segment s : sbrLoop.segments()) {
                if (s.is("AMT", "D")) {
                    paid = ClaimBuilder.decimal(s.element(2));
                } else if (s.is("CAS")) {
                    cas++;
                }
            }
            out.add(new OtherSubscriber(sbr.element(1), sbr.element(9), payer == null ? "" : payer.element(3),
                    payer == null ? "" : payer.element(9), paid, cas));
        }
        return List.copyOf(out);
    }

    static List<LineAdjudication> adjudications(List<ClaimLoop> loops, int line, char component) {
        List<LineAdjudication> out = new ArrayList<>();
        for (ClaimLoop loop : loops) {
            if (loop.line() != line || !loop.id().equals("2430")) {
                continue;
            }
            Segment svd = loop.first();
            String date = "";
            int cas = 0;
            for (Segment s : loop.segments()) {
                if (s.is("DTP", "573")) {
                    date = s.element(3);
                } else if (s.is("CAS")) {
                    cas++;
                }
            }
            List<String> procedure = svd.components(3, component);
            out.add(new LineAdjudication(svd.element(1), ClaimBuilder.decimal(svd.element(2)),
                    procedure.size() > 1 ? procedure.get(1) : "", svd.element(5), date, cas));
        }
        return List.copyOf(out);
    }

    static Drug drug(List<ClaimLoop> loops, int line, char component) {
        for (ClaimLoop loop : loops) {
            if (loop.line() == line && loop.id().equals("2410")) {
                Segment lin = loop.first();
                Segment ctp = loop.segments().stream().filter(s -> s.is("CTP")).findFirst().orElse(null);
                List<String> unit = ctp == null ? List.of() : ctp.components(5, component);
                return new Drug(lin.element(3), ctp == null ? "" : ctp.element(4), unit.isEmpty() ? "" : unit.get(0));
            }
        }
        return null;
    }
}
