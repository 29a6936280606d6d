package io.claimgate.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** An inbox file that could not be given an outcome is left alone until it changes. */
class UnsettledFilesTest {

    static GenericFile<Object> file(String path, long length, long modified) {
        GenericFile<Object> f = new GenericFile<>();
        f.setAbsoluteFilePath(new File(path).getAbsolutePath());
        f.setFileLength(length);
        f.setLastModified(modified);
        return f;
    }

    @Test
    void aFailedFileIsSkippedUntilItsSizeOrDateChanges() throws Exception {
        UnsettledFiles unsettled = new UnsettledFiles();
        assertTrue(unsettled.accept(file("/in/a.837", 10, 1000)));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            Exchange failed = new DefaultExchange(camel);
            failed.getMessage().setHeader(Exchange.FILE_PATH, "/in/a.837");
            failed.getMessage().setHeader(Exchange.FILE_NAME, "a.837");
            failed.getMessage().setHeader(Exchange.FILE_LENGTH, 10L);
            failed.getMessage().setHeader(Exchange.FILE_LAST_MODIFIED, 1000L);
            failed.setException(new java.io.IOException("cannot move"));
            unsettled.remember(failed);
            unsettled.remember(failed); // a second report of the same version changes nothing
        }
        assertEquals(1, unsettled.size());
        assertFalse(unsettled.accept(file("/in/a.837", 10, 1000)));
        assertTrue(unsettled.accept(file("/in/a.837", 12, 1000)), "grown");
        assertTrue(unsettled.accept(file("/in/a.837", 10, 2000)), "touched");
        assertTrue(unsettled.accept(file("/in/b.837", 10, 1000)), "another file");
    }
}
