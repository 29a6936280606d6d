package io.claimgate.edit;

import io.claimgate.edit.api.EmServiceCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The window's office E/M counts per provider (history and file together) and the peer statistics of a taxonomy.
 * A provider billing under several taxonomies in the window is counted under the one with most services.
 */
final class EmMixTotals {

    /** One provider's services in the window, in all, at level 5 and at levels 4 and 5. */
    record Provider(String npi, String taxonomy, int services, int level5, int level45) {

        double share5() {
            return services == 0 ? 0 : (double) level5 / services;
        }

        double share45() {
            return services == 0 ? 0 : (double) level45 / services;
        }
    }

    /** The sorted shares of a provider's peers. */
    record Peers(List<Double> shares5, List<Double> shares45) {

        int size() {
            return shares5.size();
        }

        double median5() {
            return EmMixReview.percentile(shares5, 0.5);
        }

        double p95Of5() {
            return EmMixReview.percentile(shares5, 0.95);
        }

        double median45() {
            return EmMixReview.percentile(shares45, 0.5);
        }

        double p95Of45() {
            return EmMixReview.percentile(shares45, 0.95);
        }
    }

    /** Per NPI, per taxonomy: services, level 5, levels 4+5. */
    private final Map<String, Map<String, int[]>> counts = new HashMap<>();
    private Map<String, Provider> providers;

    void add(EmServiceCount c) {
        int level = EmMixReview.officeLevel(c.code());
        if (level == 0) {
            return;
        }
        int[] n = counts.computeIfAbsent(c.npi(), k -> new HashMap<>()).computeIfAbsent(
                c.taxonomy() == null ? "" : c.taxonomy(), k -> new int[3]);
        n[0] += c.services();
        n[1] += level == 5 ? c.services() : 0;
        n[2] += level >= 4 ? c.services() : 0;
        providers = null;
    }

    Provider provider(String npi) {
        return providers().get(npi);
    }

    Peers peersOf(Provider p) {
        List<Double> s5 = new ArrayList<>();
        List<Double> s45 = new ArrayList<>();
        for (Provider o : providers().values()) {
            if (!o.npi().equals(p.npi()) && o.taxonomy().equals(p.taxonomy()) && o.services() > 0) {
                s5.add(o.share5());
                s45.add(o.share45());
            }
        }
        s5.sort(null);
        s45.sort(null);
        return new Peers(s5, s45);
    }

    private Map<String, Provider> providers() {
        if (providers == null) {
            providers = new HashMap<>();
            counts.forEach((npi, byTaxonomy) -> {
                String taxonomy = "";
                int[] total = new int[3];
                int most = -1;
                for (Map.Entry<String, int[]> e : byTaxonomy.entrySet()) {
                    int[] n = e.getValue();
                    if (n[0] > most || n[0] == most && e.getKey().compareTo(taxonomy) < 0) {
                        most = n[0];
                        taxonomy = e.getKey();
                    }
                    for (int i = 0; i < 3; i++) {
                        total[i] += n[i];
                    }
                }
                providers.put(npi, new Provider(npi, taxonomy, total[0], total[1], total[2]));
            });
        }
        return providers;
    }
}
