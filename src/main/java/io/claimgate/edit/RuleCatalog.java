package io.claimgate.edit;

import io.claimgate.edit.rules.ClaimBalanceRule;
import io.claimgate.edit.rules.CodeSetMissingRule;
import io.claimgate.edit.rules.CptCodeListRule;
import io.claimgate.edit.rules.DiagnosisCodeFormRule;
import io.claimgate.edit.rules.DiagnosisCodeSetRule;
import io.claimgate.edit.rules.DiagnosisPointerRule;
import io.claimgate.edit.rules.DiagnosisQualifierDateRule;
import io.claimgate.edit.rules.HcpcsCodeSetRule;
import io.claimgate.edit.rules.ModifierCodeSetRule;
import io.claimgate.edit.rules.MueUnitsRule;
import io.claimgate.edit.rules.NcciPtpRule;
import io.claimgate.edit.rules.NpiCheckDigitRule;
import io.claimgate.edit.rules.PlaceOfServiceRule;
import io.claimgate.edit.rules.PrincipalDiagnosisExternalCauseRule;
import io.claimgate.edit.rules.ProcedureCodeFormRule;
import io.claimgate.edit.rules.ServiceDateRule;
import io.claimgate.edit.rules.ServiceUnitsRule;
import java.util.List;

/**
 * Every claim rule, in the order the editor runs them. To find the rule behind a status code, look up the code
 * in docs/rules.md (or here: each rule's {@code status()}), then open the class in {@code edit.rules}.
 */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static List<ClaimRule> rules() {
        return List.of(
                new ServiceDateRule(),
                new NpiCheckDigitRule(),
                new DiagnosisPointerRule(),
                new ServiceUnitsRule(),
                new ClaimBalanceRule(),
                new ProcedureCodeFormRule(),
                new DiagnosisCodeFormRule(),
                new DiagnosisQualifierDateRule(),
                new DiagnosisCodeSetRule(),
                new PrincipalDiagnosisExternalCauseRule(),
                new PlaceOfServiceRule(),
                new HcpcsCodeSetRule(),
                new CptCodeListRule(),
                new ModifierCodeSetRule(),
                new NcciPtpRule(),
                new MueUnitsRule(),
                new CodeSetMissingRule());
    }
}
