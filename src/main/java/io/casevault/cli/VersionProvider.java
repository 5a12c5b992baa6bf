package io.casevault.cli;

import io.casevault.app.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** The version Maven writes into {@code version.properties} from the pom (see {@link AppInfo}). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"CaseVault " + AppInfo.version(), "Java " + System.getProperty("java.version")};
    }
}
