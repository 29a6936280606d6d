package io.claimgate.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.edit.api.ClaimRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesDocumentTest {

    @Test
    void docsRulesMdIsCurrent() throws IOException {
        Path doc = Path.of("docs/rules.md");
        String current = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        assertEquals(RulesDocument.render(), current,
                "docs/rules.md is out of date; regenerate it with: " + RulesDocument.COMMAND);
    }

    @Test
    void everyRuleHasAUniqueIdADescriptionAnExampleAndASnipLevel() {
        Set<String> ids = new HashSet<>();
        for (ClaimRule r : RuleCatalog.rules()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertTrue(r.id().matches("[a-z0-9-]+"), r.id());
            assertTrue(r.snip() >= 1 && r.snip() <= 7, r.id());
            assertFalse(r.info().description().isBlank(), r.id());
            assertFalse(r.info().example().isBlank(), r.id() + " has no example");
        }
    }
}
