package io.claimgate.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.edit.rules.NpiCheckDigitRule;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RuleFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1912301953", "1122333341", "1003000126"})
    void validNpis(String npi) {
        assertTrue(NpiCheckDigitRule.valid(npi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "9876543210", "123456789", "12345678930", "12345678X3", ""})
    void invalidNpis(String npi) {
        assertFalse(NpiCheckDigitRule.valid(npi));
    }

    @Test
    void serviceDatesMustBeRealDates() {
        assertEquals(LocalDate.of(2024, 2, 29), io.claimgate.x12.X12Date.parse("20240229"));
        assertNull(io.claimgate.x12.X12Date.parse("20230229"));
        assertNull(io.claimgate.x12.X12Date.parse("20261301"));
        assertNull(io.claimgate.x12.X12Date.parse("2026010"));
    }

    @Test
    void procedureCodeForms() throws Exception {
        var field = io.claimgate.edit.rules.ProcedureCodeFormRule.class.getDeclaredField("CPT_OR_HCPCS");
        field.setAccessible(true);
        Pattern p = (Pattern) field.get(null);
        for (String ok : new String[] {"99213", "0001F", "0042T", "0001U", "J1550", "G0008"}) {
            assertTrue(p.matcher(ok).matches(), ok);
        }
        for (String bad : new String[] {"9921X", "123456", "J155", "0001X", "j1550", "99 13"}) {
            assertFalse(p.matcher(bad).matches(), bad);
        }
    }
}
