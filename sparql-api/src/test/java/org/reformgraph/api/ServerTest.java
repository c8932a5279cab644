package org.reformgraph.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random port over {@link TestDataset}, with a 2 s query limit and at most 1500
 * solutions per query. Every HTTP test class uses
 * this one configuration, so Spring starts the server once for all of them. Metrics are exported as in
 * production (Spring disables that in tests unless asked).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reformgraph.query-timeout=2s", "reformgraph.max-results=1500"})
@Import(TestDataset.class)
@AutoConfigureObservability
public @interface ServerTest {
}
