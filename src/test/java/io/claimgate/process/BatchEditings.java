package io.claimgate.process;

import io.claimgate.edit.ClaimResult;
import io.claimgate.edit.api.EditContext;
import io.claimgate.parse.RawClaim;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Tests' {@link BatchEditing}: a work function per file, on a given pool with a given window. */
public final class BatchEditings {

    private BatchEditings() {
    }

    public static BatchEditing on(Executor pool, int window,
            Function<EditContext, Function<List<RawClaim>, List<ClaimResult>>> forFile) {
        return new BatchEditing() {
            @Override
            public Function<List<RawClaim>, List<ClaimResult>> forFile(EditContext context) {
                return forFile.apply(context);
            }

            @Override
            public Executor executor() {
                return pool;
            }

            @Override
            public int window() {
                return window;
            }
        };
    }
}
