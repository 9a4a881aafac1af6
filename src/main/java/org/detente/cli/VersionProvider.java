package org.detente.cli;

import java.util.Map;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the version from the jar manifest ("development" when run
 * from classes), the git commit, and the MASON and Java versions, as a batch's manifest.json
 * records them.
 */
final class VersionProvider implements IVersionProvider {

    /** The environment variable the launcher sets to the checkout's commit ("+dirty" with changes). */
    static final String COMMIT_VARIABLE = "DETENTE_COMMIT";

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The commit, as manifest.json records it: from the launcher, else unknown. */
    static String commit(Map<String, String> environment) {
        String commit = environment.get(COMMIT_VARIABLE);
        return commit == null || commit.isBlank() ? "unknown (not run through ./detente in a git checkout)" : commit;
    }

    /** The lines of {@code --version} in this environment. */
    static String[] lines(Map<String, String> environment) {
        return new String[] {"detente " + version(), "commit " + commit(environment),
            "MASON " + sim.engine.SimState.version(), "Java " + System.getProperty("java.version")};
    }

    @Override
    public String[] getVersion() {
        return lines(System.getenv());
    }
}
