package org.detente.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("development" when run from classes). */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"detente " + version(), "Java " + System.getProperty("java.version")};
    }
}
