package io.claimgate.edit;

/**
 * Every case of {@link DuplicateClaimRuleTest} again, with the claims prepared in batches on the way
 * ({@link FileEditor#prepare}: fingerprints and one store query per batch, as the processor's pool does): the
 * findings must be the same whether the store was asked per batch or per claim.
 */
class DuplicateClaimRulePreparedTest extends DuplicateClaimRuleTest {

    @Override
    boolean preparedInBatches() {
        return true;
    }
}
