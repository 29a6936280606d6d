package io.claimgate.process;

import io.claimgate.parse.TransactionHeader;
import io.claimgate.syntax.FileStructure;
import io.claimgate.syntax.FileStructure.InterchangeCheck;
import io.claimgate.syntax.FileStructure.TransactionCheck;
import io.claimgate.x12.InterchangeHeader;
import java.util.HashMap;
import java.util.Map;

/**
 * The pass-1 verdicts the claim pass obeys, looked up by the envelope they judge: an interchange by its ISA, a
 * transaction set by its ST, each known by its segment position in the file. Both passes read the same file with
 * the same reader, so a position names the same envelope in each, with no cursor to keep in step.
 */
final class StructureVerdicts {

    private final FileStructure structure;
    private final Map<Long, InterchangeCheck> interchanges = new HashMap<>();
    private final Map<Long, TransactionCheck> transactions = new HashMap<>();

    StructureVerdicts(FileStructure structure, Map<Long, InterchangeCheck> interchangesByIsa,
            Map<Long, TransactionCheck> transactionsBySt) {
        this.structure = structure;
        interchanges.putAll(interchangesByIsa);
        transactions.putAll(transactionsBySt);
    }

    FileStructure structure() {
        return structure;
    }

    /** The check of an interchange, or null when pass 1 saw none for it. */
    InterchangeCheck interchange(InterchangeHeader header) {
        return interchanges.get(header.isa().position());
    }

    /** The check of a transaction set, or null when pass 1 saw none for it. */
    TransactionCheck transaction(TransactionHeader transaction) {
        return transactions.get(transaction.st().position());
    }

    /** The interchange is sound (its TA1, if any, accepts it): its sets are processed. */
    boolean interchangeAccepted(InterchangeHeader header) {
        InterchangeCheck check = interchange(header);
        return check != null && check.accepted();
    }

    /** The set's interchange is sound and its 999 IK5 accepts it: its claims are edited and acknowledged. */
    boolean transactionAccepted(TransactionHeader transaction) {
        TransactionCheck check = transaction(transaction);
        return interchangeAccepted(transaction.interchange()) && check != null && check.accepted();
    }
}
