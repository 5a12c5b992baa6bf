package io.casevault.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, which Maven fills in from the pom. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"CaseVault " + version(), "Java " + System.getProperty("java.version")};
    }
}
