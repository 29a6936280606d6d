package io.claimgate.parse;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.daffodil.japi.DataProcessor;
import org.smooks.cartridges.dfdl.DataProcessorFactory;
import org.smooks.cartridges.dfdl.DfdlSchema;

/**
 * The Smooks DFDL cartridge's processor factory, with Daffodil's compile step replaced by a look-up in
 * {@link CompiledSchemas} (the jar's precompiled processors, then the cache folder). Smooks creates it by class name
 * ({@link CachedDfdlReaderConfigurator}) and injects its resource configuration, which carries the cache folder.
 */
public class CachedDataProcessorFactory extends DataProcessorFactory {

    /** The resource parameter naming the cache folder (absent or empty: no folder, jar and compile only). */
    static final String CACHE_PARAMETER = "claimgateDfdlCache";

    @Override
    protected DataProcessor compileOrGet(DfdlSchema schema) {
        String folder = resourceConfig.getParameterValue(CACHE_PARAMETER, String.class, "");
        CompiledSchemas schemas = new CompiledSchemas(folder.isEmpty() ? null : Path.of(folder));
        return super.compileOrGet(new Cached(schema, schemas));
    }

    /** A schema whose compiling is looked up first; everything else (validation mode, name) is the cartridge's. */
    private static final class Cached extends DfdlSchema {
        private final CompiledSchemas schemas;

        Cached(DfdlSchema schema, CompiledSchemas schemas) {
            super(schema.getUri(), schema.getValidationMode(), false, schema.isDebugging(), null, null, false);
            this.schemas = schemas;
        }

        @Override
        protected DataProcessor compileSource() throws Throwable {
            byte[] text = Files.readAllBytes(Path.of(URI.create(getUri().toString())));
            return schemas.get(ServiceLineSchema.key(text), this::compileNow);
        }

        private DataProcessor compileNow() throws Exception {
            try {
                return super.compileSource();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
