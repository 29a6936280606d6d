package io.claimgate.parse;

import java.util.ArrayList;
import java.util.List;
import org.smooks.api.ExecutionContext;
import org.smooks.api.TypedKey;
import org.smooks.api.delivery.sax.TextConsumer;
import org.smooks.api.resource.visitor.sax.ng.AfterVisitor;
import org.w3c.dom.Element;

/**
 * The Smooks visitor: leaf events only. It is bound to {@code segmentId} and {@code dataElement} at the default
 * node depth, so Smooks detaches each segment as soon as it is visited and memory stays flat; a visitor that asked
 * for the whole segment subtree made Smooks keep the entire document (measured: OutOfMemoryError on a 6.5 MB file
 * under -Xmx512m). {@code @TextConsumer} is what makes Smooks hand over the element text at all.
 * State lives in the execution context, so one compiled Smooks instance serves every thread.
 */
@TextConsumer
final class SegmentCollector implements AfterVisitor {

    static final TypedKey<List<ParsedSegment>> RESULT = TypedKey.of("claimgate.segments");
    private static final TypedKey<List<String>> CURRENT = TypedKey.of("claimgate.current");

    @Override
    public void visitAfter(Element element, ExecutionContext ctx) {
        String text = element.getTextContent();
        if ("segmentId".equals(element.getLocalName())) {
            finish(ctx);
            List<String> current = new ArrayList<>(16);
            current.add(text);
            ctx.put(CURRENT, current);
        } else {
            ctx.get(CURRENT).add(text == null ? "" : text);
        }
    }

    /** Moves the segment being collected to the result list. */
    static void finish(ExecutionContext ctx) {
        List<String> current = ctx.get(CURRENT);
        if (current != null) {
            ctx.get(RESULT).add(new ParsedSegment(current.toArray(new String[0])));
            ctx.remove(CURRENT);
        }
    }
}
