package io.claimgate.parse;

import java.util.Map;
import java.util.Properties;
import org.smooks.api.ApplicationContext;
import org.smooks.api.Registry;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.api.resource.config.ResourceConfigSeq;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.engine.delivery.interceptor.ExceptionInterceptor;
import org.smooks.engine.delivery.interceptor.InterceptorVisitorDefinition;
import org.smooks.engine.delivery.interceptor.InterceptorsResource;
import org.smooks.engine.delivery.interceptor.StaticProxyInterceptor;
import org.smooks.engine.delivery.interceptor.TextConsumerInterceptor;
import org.smooks.engine.resource.config.DefaultResourceConfig;
import org.smooks.engine.resource.config.DefaultResourceConfigSeq;
import org.smooks.engine.resource.config.PropertyListParameterDecoder;
import org.smooks.engine.resource.config.TokenizedStringParameterDecoder;
import org.smooks.engine.resource.visitor.SystemConsumeSerializerVisitor;
import org.smooks.engine.resource.visitor.dom.ContextObjectSerializerVisitor;
import org.smooks.engine.resource.visitor.dom.GhostElementSerializerVisitor;
import org.smooks.engine.resource.visitor.dom.TextSerializerVisitor;

/**
 * Smooks' application context with a shorter visitor interceptor chain, its system resources built in code.
 *
 * <p>The chain: every element event of the service lines goes through the chain of each visitor binding, and a
 * profile of {@code benchmark --only smooks} put 32% of its samples inside it. Smooks' chain (smooks-core's
 * {@code system-interceptors.xml}) is kept without ExecutionEventInterceptor (claimgate registers no execution event
 * listener) and StreamSinkWriterInterceptor (nothing is written to a result stream: default serialisation is off).
 *
 * <p>In code: {@link DefaultApplicationContextBuilder} reads its five system resource files as Smooks configurations,
 * each validated against Smooks' XSD and the interceptors through Smooks' extended-configuration loader (a Smooks
 * run of its own). That was 54 of the 87 samples of the parser's start-up thread (JFR, three 3-claim {@code process}
 * runs; the parser's readiness is the last step before the first claim is parsed, issue 10 item 5). The resource
 * configurations built here are the ones those files give, field for field ({@code LeanSmooksContextTest} compares
 * them with the files of the smooks-core on the classpath).
 */
final class LeanSmooksContext extends DefaultApplicationContextBuilder {

    private static final String SMOOKS_NS = "https://www.smooks.org";
    private static final String CORE_NS = "https://www.smooks.org/xsd/smooks/smooks-core-1.6.xsd";

    @Override
    protected void registerSystemResources(Registry registry, ApplicationContext context) {
        for (ResourceConfigSeq seq : systemResources()) {
            registry.registerResourceConfigSeq(seq);
        }
    }

    /** What smooks-core's system files say, in the order Smooks registers them, the chain last. */
    static ResourceConfigSeq[] systemResources() {
        return new ResourceConfigSeq[] {
            seq("/null-dom.xml", filterType("null-dom", "DOM")),
            seq("/null-sax.xml", filterType("null-sax", "SAX NG")),
            seq("/system-param-decoders.xml",
                    paramDecoder("string-list", TokenizedStringParameterDecoder.class),
                    paramDecoder("string-hashset", TokenizedStringParameterDecoder.class),
                    paramDecoder("properties", PropertyListParameterDecoder.class)),
            seq("/system-serializers.xml",
                    config("smooks:context-object", "smooks", SMOOKS_NS, ContextObjectSerializerVisitor.class,
                            Map.of()),
                    config("smooks:ghost-element", "smooks", SMOOKS_NS, GhostElementSerializerVisitor.class, Map.of()),
                    config("smooks:text", "smooks", SMOOKS_NS, TextSerializerVisitor.class,
                            Map.of("entities.rewrite", "false")),
                    config("*", "smooks", SMOOKS_NS, SystemConsumeSerializerVisitor.class, Map.of())),
            seq("claimgate-service-line-interceptors",
                    config("none", "core", CORE_NS, InterceptorsResource.class, Map.of()),
                    interceptor(TextConsumerInterceptor.class),
                    interceptor(ExceptionInterceptor.class),
                    interceptor(StaticProxyInterceptor.class)),
        };
    }

    private static ResourceConfigSeq seq(String name, ResourceConfig... configs) {
        DefaultResourceConfigSeq seq = new DefaultResourceConfigSeq(name);
        for (ResourceConfig config : configs) {
            seq.add(config);
        }
        seq.setSystem(true);
        return seq;
    }

    /** The stream filter type of a target profile (null-dom.xml, null-sax.xml). */
    private static ResourceConfig filterType(String profile, String type) {
        DefaultResourceConfig config = new DefaultResourceConfig("global-parameters", new Properties());
        config.setProfile(profile);
        config.setParameter("stream.filter.type", type);
        config.setSystem(true);
        return config;
    }

    private static ResourceConfig paramDecoder(String type, Class<?> decoder) {
        return config("param-type:" + type, null, null, decoder, Map.of("param-type", type));
    }

    private static ResourceConfig interceptor(Class<?> interceptor) {
        return config("none", null, null, InterceptorVisitorDefinition.class, Map.of("clazz", interceptor.getName()));
    }

    private static ResourceConfig config(String selector, String prefix, String namespace, Class<?> resource,
            Map<String, String> parameters) {
        Properties namespaces = new Properties();
        if (prefix != null) {
            namespaces.setProperty(prefix, namespace);
        }
        DefaultResourceConfig config = new DefaultResourceConfig(selector, namespaces, resource.getName());
        config.setProfile("*");
        parameters.forEach(config::setParameter);
        config.setSystem(true);
        return config;
    }
}
