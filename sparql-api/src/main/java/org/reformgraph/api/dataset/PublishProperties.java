package org.reformgraph.api.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dumps the folder the dumps are written to; {@code serve} sets it beside the database ({@code DB-dumps}).
 *              Empty: a temporary folder (an embedding or a test with an in-memory dataset).
 */
@ConfigurationProperties("reformgraph.publish")
public record PublishProperties(String dumps) {
}
