package org.reformgraph.api.linkeddata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.reformgraph.api.ReformgraphApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random port over the five seed plans, loaded through the loader into a temporary TDB2 folder.
 * Every test class with this annotation shares one server (Spring caches the context), so the seeds load once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reformgraph.query-timeout=20s"})
@Import(SeededDataset.class)
public @interface SeededServerTest {
}
