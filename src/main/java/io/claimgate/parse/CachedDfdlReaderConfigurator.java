package io.claimgate.parse;

import java.nio.file.Path;
import java.util.List;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.cartridges.dfdl.parser.DfdlReaderConfigurator;

/** The cartridge's DFDL reader, with its processors from {@link CachedDataProcessorFactory}. */
public final class CachedDfdlReaderConfigurator extends DfdlReaderConfigurator {

    private final Path cacheDir;

    /** @param cacheDir where processors compiled for other delimiters are kept, or null for none */
    public CachedDfdlReaderConfigurator(String schemaUri, Path cacheDir) {
        super(schemaUri);
        this.cacheDir = cacheDir;
    }

    @Override
    protected String getDataProcessorFactory() {
        return CachedDataProcessorFactory.class.getName();
    }

    @Override
    public List<ResourceConfig> toConfig() {
        List<ResourceConfig> configs = super.toConfig();
        String folder = cacheDir == null ? "" : cacheDir.toAbsolutePath().toString();
        configs.forEach(c -> c.setParameter(CachedDataProcessorFactory.CACHE_PARAMETER, folder));
        return configs;
    }
}
