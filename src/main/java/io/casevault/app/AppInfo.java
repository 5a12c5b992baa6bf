package io.casevault.app;

import io.casevault.vault.VaultLocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * What the application says about itself: its version and the third-party components it ships with their licences.
 * Both come from resources Maven filters from the pom, so {@code --version}, the About dialog and the installers
 * name the same version.
 */
public final class AppInfo {
    private static final String VERSION = "/io/casevault/version.properties";
    private static final String THIRD_PARTY = "/io/casevault/THIRD-PARTY.txt";

    /** One bundled component: its name, the version shipped and its licence (an SPDX expression). */
    public record Component(String name, String version, String licence) {
        public Component {
            Objects.requireNonNull(name);
            Objects.requireNonNull(version);
            Objects.requireNonNull(licence);
        }
    }

    private AppInfo() {
    }

    /** The version from the pom, or "unknown" when the classes run without their filtered resources. */
    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream(VERSION)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The folder the log file is written to: where {@code Launcher} pointed logging, else the platform's default. */
    public static Path logDir() {
        String configured = System.getProperty("casevault.logDir");
        return configured != null ? Path.of(configured) : VaultLocation.logDir();
    }

    /** The bundled components, in the order of {@code THIRD-PARTY.txt}: lines {@code name | version | licence}. */
    public static List<Component> components() {
        InputStream in = Objects.requireNonNull(AppInfo.class.getResourceAsStream(THIRD_PARTY), THIRD_PARTY);
        List<Component> components = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalStateException(THIRD_PARTY + " has a malformed line: " + line);
                }
                components.add(new Component(parts[0].strip(), parts[1].strip(), parts[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(components);
    }
}
