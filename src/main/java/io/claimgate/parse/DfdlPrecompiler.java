package io.claimgate.parse;

import io.claimgate.x12.Delimiters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.daffodil.japi.Compiler;
import org.apache.daffodil.japi.Daffodil;
import org.apache.daffodil.japi.DataProcessor;
import org.apache.daffodil.japi.ProcessorFactory;

/**
 * Build step (pom.xml, prepare-package): compiles the service-line schema for the standard delimiters ({@code *} and
 * {@code ~}, which most files and all of samples/ but one use) and saves the processor into the classes folder as
 * {@code io/claimgate/parse/dfdl/KEY.bin}, so the jar starts without compiling it ({@link CompiledSchemas}). A file
 * already there for the current schema text is kept: its name is the hash of that text.
 */
public final class DfdlPrecompiler {

    private DfdlPrecompiler() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        Path folder = classes.resolve(CompiledSchemas.class.getPackageName().replace('.', '/'))
                .resolve(CompiledSchemas.RESOURCE_FOLDER);
        String schema = ServiceLineSchema.text(Delimiters.STANDARD);
        Path target = folder.resolve(ServiceLineSchema.key(schema) + ".bin");
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            System.out.println("precompiled service-line schema up to date: " + target);
            return;
        }
        Files.createDirectories(folder);
        try (var stale = Files.list(folder)) {
            for (Path old : stale.filter(p -> p.toString().endsWith(".bin")).toList()) {
                Files.delete(old); // a processor for an earlier schema text: never looked up again
            }
        }
        CompiledSchemas.save(compile(schema, Files.createTempDirectory("claimgate-dfdl")), target);
        System.out.println("precompiled service-line schema: " + target + " (" + Files.size(target) + " bytes)");
    }

    /** Compiles the schema text as Smooks would (from a file: the schema has no imports to resolve). */
    static DataProcessor compile(String schema, Path dir) throws Exception {
        Path file = dir.resolve("service-lines.dfdl.xsd");
        Files.writeString(file, schema, StandardCharsets.UTF_8);
        Compiler compiler = Daffodil.compiler();
        ProcessorFactory factory = compiler.compileSource(file.toUri());
        if (factory.isError()) {
            throw new IllegalStateException("the service-line schema does not compile: " + factory.getDiagnostics());
        }
        DataProcessor processor = factory.onPath("/");
        if (processor.isError()) {
            throw new IllegalStateException("the service-line schema does not compile: " + processor.getDiagnostics());
        }
        return processor;
    }
}
