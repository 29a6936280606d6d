package io.claimgate.edit.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The low-acuity diagnosis list of rule {@code em-level-review}, read from the documented resource
 * {@code low-acuity-diagnoses.txt} beside this class (the list is data, so it can be tuned without code).
 */
public record LowAcuityDiagnoses(List<String> encounterPrefixes, List<String> symptomPrefixes) {

    static final String RESOURCE = "/io/claimgate/edit/rules/low-acuity-diagnoses.txt";

    public static LowAcuityDiagnoses load() {
        List<String> encounter = new ArrayList<>();
        List<String> symptom = new ArrayList<>();
        try (InputStream in = LowAcuityDiagnoses.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.strip().split("\\s+", 3);
                if (parts.length < 2 || parts[0].startsWith("#")) {
                    continue;
                }
                switch (parts[0]) {
                    case "encounter" -> encounter.add(parts[1]);
                    case "symptom" -> symptom.add(parts[1]);
                    default -> throw new IllegalStateException(RESOURCE + ": unknown kind '" + parts[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LowAcuityDiagnoses(List.copyOf(encounter), List.copyOf(symptom));
    }

    public boolean encounter(String code) {
        return matches(encounterPrefixes, code);
    }

    public boolean symptom(String code) {
        return matches(symptomPrefixes, code);
    }

    private static boolean matches(List<String> prefixes, String code) {
        String c = code.replace(".", "");
        for (String p : prefixes) {
            if (c.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
