package org.reformgraph.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be.
 *
 * @param querySize  the largest body of any request but a plan upload (SPARQL queries and updates, forms)
 * @param uploadSize the largest plan upload ({@code POST /api/plans}), the whole multipart form or raw body
 */
@ConfigurationProperties("reformgraph.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize querySize, @DefaultValue("10MB") DataSize uploadSize) {
    public RequestLimits {
        if (querySize.toBytes() <= 0 || uploadSize.toBytes() <= 0) {
            throw new IllegalArgumentException("request size limits must be positive, not " + querySize + " and " + uploadSize);
        }
    }

    /** The limit for a request to this path. */
    public long forPath(String path, String uploadPath) {
        return path.equals(uploadPath) ? uploadSize.toBytes() : querySize.toBytes();
    }
}
