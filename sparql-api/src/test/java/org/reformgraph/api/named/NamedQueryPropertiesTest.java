package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class NamedQueryPropertiesTest {
    private static final long MB = 1024L * 1024;
    private static final long GB = 1024 * MB;

    private static NamedQueryProperties bind(Map<String, String> settings) {
        Binder binder = new Binder(new MapConfigurationPropertySource(settings));
        return binder.bindOrCreate("reformgraph.named", NamedQueryProperties.class);
    }

    @Test
    void unsetSizesFollowTheHeapSoABiggerServerHoldsBiggerAnswers() {
        NamedQueryProperties defaults = bind(Map.of());
        assertEquals(new NamedQueryProperties.CacheBounds(GB, 256 * MB), defaults.bounds(4 * GB));
        assertEquals(new NamedQueryProperties.CacheBounds(128 * MB, 32 * MB), defaults.bounds(512 * MB));
        assertEquals(512, defaults.cacheEntries());
    }

    @Test
    void setSizesWinOverTheHeap() {
        NamedQueryProperties set = bind(Map.of("reformgraph.named.cache-size", "300MB",
                "reformgraph.named.largest-answer", "200MB"));
        assertEquals(new NamedQueryProperties.CacheBounds(300 * MB, 200 * MB), set.bounds(4 * GB));
        NamedQueryProperties onlyCache = bind(Map.of("reformgraph.named.cache-size", "2GB"));
        assertEquals(new NamedQueryProperties.CacheBounds(2 * GB, 512 * MB), onlyCache.bounds(512 * MB));
    }

    @Test
    void aLargestAnswerAboveTheCacheSizeIsRefusedWithBothFigures() {
        NamedQueryProperties tooLarge = bind(Map.of("reformgraph.named.largest-answer", "300MB"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tooLarge.bounds(GB));
        assertTrue(e.getMessage().contains("reformgraph.named.largest-answer (300MB)"), e.getMessage());
        assertTrue(e.getMessage().contains("cache size (256MB, a quarter of the heap)"), e.getMessage());
    }

    @Test
    void aSizeThatIsNotOneIsAnErrorNamingTheProperty() {
        BindException e = assertThrows(BindException.class,
                () -> bind(Map.of("reformgraph.named.cache-size", "lots")));
        assertTrue(e.getMessage().contains("reformgraph.named.cache-size"), e.getMessage());
        BindException zero = assertThrows(BindException.class,
                () -> bind(Map.of("reformgraph.named.cache-entries", "0")));
        Throwable cause = zero;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("reformgraph.named.cache-entries must be at least 1, not 0"),
                cause.getMessage());
    }
}
