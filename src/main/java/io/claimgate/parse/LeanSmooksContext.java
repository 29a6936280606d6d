package io.claimgate.parse;

import java.util.List;
import org.smooks.api.ApplicationContext;
import org.smooks.api.Registry;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.engine.resource.config.SystemResourceConfigSeqFactory;

/**
 * Smooks' application context with a shorter visitor interceptor chain: every element event of the service lines
 * goes through the chain of each visitor binding, and a profile of {@code benchmark --only smooks} put 32% of its
 * samples inside the chain. Smooks takes its chain from its system resources; this registers the same resources as
 * {@link DefaultApplicationContextBuilder} but the chain of {@code service-line-interceptors.xml}, which leaves out
 * the two interceptors claimgate has no use for.
 */
final class LeanSmooksContext extends DefaultApplicationContextBuilder {

    private static final List<String> SYSTEM_RESOURCES = List.of("/null-dom.xml", "/null-sax.xml",
            "/system-param-decoders.xml", "/system-serializers.xml", "/io/claimgate/parse/service-line-interceptors.xml");

    @Override
    protected void registerSystemResources(Registry registry, ApplicationContext context) {
        for (String resource : SYSTEM_RESOURCES) {
            registry.registerResourceConfigSeq(new SystemResourceConfigSeqFactory(resource, registry.getClassLoader(),
                    context.getResourceLocator(), context.getResourceConfigLoader()).create());
        }
    }
}
