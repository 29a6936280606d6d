package io.claimgate.intake;

/**
 * How a file arrived.
 *
 * @param intake folder, sftp, http, replay or process
 * @param partner the trading partner (the inbox sub-folder it was dropped in), or null
 * @param force process it even when the same bytes were processed before (an operator's forced replay)
 * @param keepInput copy the input to its final folder instead of moving it (the source is not claimgate's)
 */
public record IntakeRequest(String intake, String partner, boolean force, boolean keepInput) {
}
