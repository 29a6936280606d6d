package io.claimgate.codes;

import static io.claimgate.codes.ProcedureCategory.CPT_CATEGORY_I;
import static io.claimgate.codes.ProcedureCategory.CPT_CATEGORY_II;
import static io.claimgate.codes.ProcedureCategory.CPT_CATEGORY_III;
import static io.claimgate.codes.ProcedureCategory.HCPCS_LEVEL_II;
import static io.claimgate.codes.ProcedureCategory.OTHER;
import static io.claimgate.codes.ProcedureCategory.PLA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcedureCategoryTest {

    @Test
    void theBoundaryCodesFallInTheirCategories() {
        assertEquals(CPT_CATEGORY_II, ProcedureCategory.of("0001F"));
        assertEquals(CPT_CATEGORY_III, ProcedureCategory.of("0001T"));
        assertEquals(PLA, ProcedureCategory.of("0001U"));
        assertEquals(CPT_CATEGORY_I, ProcedureCategory.of("99215"));
        assertEquals(CPT_CATEGORY_I, ProcedureCategory.of("00100"));
        assertEquals(HCPCS_LEVEL_II, ProcedureCategory.of("A0021"));
        assertEquals(HCPCS_LEVEL_II, ProcedureCategory.of("J3490"));
        assertEquals(HCPCS_LEVEL_II, ProcedureCategory.of("Z9999"));
    }

    @Test
    void formsThatAreNoCptOrHcpcsCodeAreOther() {
        for (String code : new String[] {null, "", "9921", "992150", "9921X", "0001A", "0001f", "j3490", "JJ349",
            "J349F", "A00X1", "99 15", "\u00c91234"}) {
            assertEquals(OTHER, ProcedureCategory.of(code), String.valueOf(code));
        }
    }

    @Test
    void aMixedListIsCountedExactly() {
        Map<ProcedureCategory, Integer> counts = new EnumMap<>(ProcedureCategory.class);
        for (String code : List.of("99213", "99215", "0001F", "3074F", "0001T", "0042T", "0001U", "A0021", "J3490",
                "G2212", "9921X")) {
            counts.merge(ProcedureCategory.of(code), 1, Integer::sum);
        }
        assertEquals(Map.of(CPT_CATEGORY_I, 2, CPT_CATEGORY_II, 2, CPT_CATEGORY_III, 2, PLA, 1, HCPCS_LEVEL_II, 3,
                OTHER, 1), counts);
        assertEquals("cpt-category-iii", CPT_CATEGORY_III.id());
    }
}
