package org.reformgraph.bench.endpoint;

import java.lang.management.ManagementFactory;
import java.nio.file.Paths;
import java.util.List;

/** The JVM child processes run on: the one running the harness. */
final class Java {
    private Java() {
    }

    static String executable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String version() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    static List<String> harnessFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
}
