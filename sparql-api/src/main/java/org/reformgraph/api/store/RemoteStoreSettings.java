package org.reformgraph.api.store;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What {@code serve --store} was asked for, and the Spring arguments that switch the server to it. */
public record RemoteStoreSettings(String url, String gsp, UnionStrategy union, Duration cacheTtl) {
    public RemoteStoreSettings {
        Objects.requireNonNull(union, "union");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        checkUrl("--store", url);
        if (gsp != null) {
            checkUrl("--gsp", gsp);
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("--cache-ttl must not be negative: " + cacheTtl);
        }
    }

    /** As {@code --name=value} arguments; the readiness group then also waits for the store. */
    public String[] springArguments() {
        List<String> arguments = new ArrayList<>(List.of("--reformgraph.store.url=" + url,
                "--reformgraph.store.union=" + union.name().toLowerCase(java.util.Locale.ROOT),
                "--reformgraph.store.cache-ttl=" + cacheTtl.toMillis() + "ms",
                "--management.endpoint.health.group.readiness.include=readinessState,remoteStore"));
        if (gsp != null) {
            arguments.add("--reformgraph.store.gsp=" + gsp);
        }
        return arguments.toArray(String[]::new);
    }

    private static void checkUrl(String option, String url) {
        Objects.requireNonNull(url, option);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " '" + url + "' is not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " '" + url + "' is not an http(s) URL");
        }
    }
}
