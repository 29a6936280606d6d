package io.claimgate.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.smooks.api.ApplicationContext;
import org.smooks.api.resource.config.ResourceConfig;
import org.smooks.api.resource.config.ResourceConfigSeq;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.engine.resource.config.SystemResourceConfigSeqFactory;

/** The system resources built in code are the ones the system files of the smooks-core on the classpath give. */
class LeanSmooksContextTest {

    private final ApplicationContext xmlContext = new DefaultApplicationContextBuilder().build();
    private final ResourceConfigSeq[] inCode = LeanSmooksContext.systemResources();

    @Test
    void theProfilesDecodersAndSerializersAreSmooksOwn() {
        String[] files = {"/null-dom.xml", "/null-sax.xml", "/system-param-decoders.xml", "/system-serializers.xml"};
        for (int i = 0; i < files.length; i++) {
            assertEquals(files[i], inCode[i].getName());
            assertEquals(describe(fromFile(files[i]).getAll()), describe(inCode[i].getAll()), files[i]);
        }
    }

    @Test
    void theInterceptorChainIsSmooksOwnWithoutTheEventAndSinkInterceptors() {
        List<ResourceConfig> smooks = new ArrayList<>(fromFile("/system-interceptors.xml").getAll());
        List<String> left = new ArrayList<>();
        smooks.removeIf(c -> {
            Object clazz = c.getParameterValue("clazz");
            boolean out = clazz != null && (clazz.toString().endsWith(".ExecutionEventInterceptor")
                    || clazz.toString().endsWith(".StreamSinkWriterInterceptor"));
            if (out) {
                left.add(clazz.toString().substring(clazz.toString().lastIndexOf('.') + 1));
            }
            return out;
        });
        assertEquals(List.of("ExecutionEventInterceptor", "StreamSinkWriterInterceptor"), left);
        assertEquals(describe(smooks), describe(inCode[4].getAll()));
        assertEquals(5, inCode.length);
    }

    private ResourceConfigSeq fromFile(String file) {
        return new SystemResourceConfigSeqFactory(file, getClass().getClassLoader(), xmlContext.getResourceLocator(),
                xmlContext.getResourceConfigLoader()).create();
    }

    /** Every field a resource configuration carries that Smooks reads, one line per configuration. */
    private static List<String> describe(List<ResourceConfig> configs) {
        List<String> lines = new ArrayList<>();
        for (ResourceConfig c : configs) {
            TreeMap<String, String> params = new TreeMap<>();
            c.getParameters().forEach((name, values) -> params.put(name, values.toString()));
            lines.add("selector=" + c.getSelectorPath().getSelector() + " namespaces="
                    + new TreeMap<>(c.getSelectorPath().getNamespaces()) + " resource=" + c.getResource() + " type="
                    + c.getResourceType() + " profile=" + c.getProfile() + " system=" + c.isSystem() + " params="
                    + params + " condition=" + c.getSelectorPath().getConditionEvaluator());
        }
        return lines;
    }
}
