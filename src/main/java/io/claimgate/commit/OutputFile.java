package io.claimgate.commit;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The outputs of one input file with stem S, and the one place their names are spelled: each is written as
 * {@code .work/S/} + its staged name and published by {@link StagedFile#commit()} under its folder. The staged names
 * differ where two outputs would otherwise share one ({@code S.json} for both rejected/ and reports/).
 */
public enum OutputFile {

    /** The accepted claims, re-enveloped: accepted/S.837. */
    ACCEPTED(OutputLayout::accepted, ".837", ".837"),
    /** The rejected claims with their findings: rejected/S.json. */
    REJECTED(OutputLayout::rejected, ".rejected.json", ".json"),
    /** The 277CA claim acknowledgment: acks/S.277. */
    CLAIM_ACK(OutputLayout::acks, ".277", ".277"),
    /** The 999 implementation acknowledgment: acks/S.999. */
    IMPLEMENTATION_ACK(OutputLayout::acks, ".999", ".999"),
    /** The TA1 interchange acknowledgments: acks/S.ta1. */
    INTERCHANGE_ACK(OutputLayout::acks, ".ta1", ".ta1"),
    /** The machine-readable report of the whole file: reports/S.json. */
    REPORT(OutputLayout::reports, ".report.json", ".json"),
    /** The operator's page of the whole file: reports/S.html. */
    HTML_REPORT(OutputLayout::reports, ".report.html", ".html");

    private final Function<OutputLayout, Path> folder;
    private final String stagedSuffix;
    private final String publishedSuffix;

    OutputFile(Function<OutputLayout, Path> folder, String stagedSuffix, String publishedSuffix) {
        this.folder = folder;
        this.stagedSuffix = stagedSuffix;
        this.publishedSuffix = publishedSuffix;
    }

    /** Where the output is written while the file is processed. */
    public Path staged(Path work, String stem) {
        return work.resolve(stem + stagedSuffix);
    }

    /** Where the output is visible once committed. */
    public Path published(OutputLayout layout, String stem) {
        return folder.apply(layout).resolve(stem + publishedSuffix);
    }
}
