package org.reformgraph.api.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.reformgraph.api.ReformgraphApplication;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The server over {@link TestDataset} with a 2 s query limit and no rate limit: for tests that send thousands of
 * requests from one address (fuzzing, load), which the rate limit would otherwise answer with 429 after the burst.
 * Both use this one configuration, so Spring starts it once for them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reformgraph.query-timeout=2s", "reformgraph.max-results=1500", "reformgraph.rate-limit.enabled=false",
                // a line per request would be thousands of lines, and slow the server down
                "logging.level.org.apache.jena.fuseki=WARN"})
@Import(TestDataset.class)
@interface UnlimitedServer {
}
