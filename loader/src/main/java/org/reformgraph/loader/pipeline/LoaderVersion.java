package org.reformgraph.loader.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The loader's version, recorded in every load run: from the build (a filtered resource), else the jar manifest. */
public final class LoaderVersion {
    private static final String RESOURCE = "/org/reformgraph/loader/version.properties";
    private static final String VERSION = find();

    private LoaderVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String find() {
        try (InputStream in = LoaderVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                // an unfiltered resource still says ${project.version}
                if (!version.isBlank() && !version.contains("${")) {
                    return version.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String manifest = LoaderVersion.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "unknown";
    }
}
