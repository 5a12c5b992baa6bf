package io.casevault.vault;

import io.casevault.domain.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a vault sits in a network or synchronised folder, where SQLite's write-ahead log is not safe: from the file
 * system it is mounted on (the mount table, {@code /proc/mounts} on Linux) and from the names of the folders sync
 * clients create. Pure apart from {@link #check(Path)}, which reads this machine's mount table.
 */
public final class SyncFolders {
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "afs",
            "9p", "davfs", "fuse.davfs", "fuse.sshfs");
    private static final List<String> SYNC_FUSE_NAMES = List.of("dropbox", "onedrive", "gdrive", "google",
            "drive", "rclone", "icloud", "insync");
    private static final List<String> SYNC_FOLDER_NAMES = List.of("dropbox", "onedrive", "icloud drive",
            "icloudrive", "google drive", "googledrive", "my drive", "mobile documents");

    private SyncFolders() {
    }

    /** This machine: the mount table when there is one (Linux), else the folder names alone. */
    public static Optional<Reason> check(Path vaultDir) {
        List<String> mounts = List.of();
        Path table = Path.of("/proc/mounts");
        try {
            if (Files.isReadable(table)) {
                mounts = Files.readAllLines(table);
            }
        } catch (IOException e) {
            // no mount table: the folder names still tell
        }
        return detect(vaultDir.toAbsolutePath().normalize(), mounts);
    }

    /**
     * @param vaultDir an absolute, normalised path
     * @param mountLines lines of a mount table in the {@code /proc/mounts} format
     *                   ({@code device mountpoint type options 0 0}, spaces in paths as {@code \040})
     */
    public static Optional<Reason> detect(Path vaultDir, List<String> mountLines) {
        String bestMount = null;
        String bestType = null;
        for (String line : mountLines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            String mount = unescape(f[1]);
            if (vaultDir.startsWith(Path.of(mount)) && (bestMount == null || mount.length() > bestMount.length())) {
                bestMount = mount;
                bestType = f[2].toLowerCase(Locale.ROOT);
            }
        }
        if (bestType != null && isNetworkOrSync(bestType)) {
            return Optional.of(warning(vaultDir, bestType));
        }
        for (Path part : vaultDir) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            if (SYNC_FOLDER_NAMES.contains(name) || name.startsWith("onedrive - ") || name.startsWith("dropbox (")
                    || name.startsWith("googledrive-")) {
                return Optional.of(warning(vaultDir, part.toString()));
            }
        }
        return Optional.empty();
    }

    private static boolean isNetworkOrSync(String type) {
        if (NETWORK_TYPES.contains(type)) {
            return true;
        }
        return type.startsWith("fuse.") && SYNC_FUSE_NAMES.stream().anyMatch(type::contains);
    }

    private static Reason warning(Path vaultDir, String where) {
        return Reason.of("vault.syncFolder", "The vault " + vaultDir + " is in a network or synchronised folder ("
                + where + "), where its database can be damaged; keep the vault on a local disk and sync or copy "
                + "its backups instead", vaultDir, where);
    }

    /** {@code /proc/mounts} writes a space as {@code \040}, a tab as {@code \011}, a backslash as {@code \134}. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length()
                    && s.substring(i + 1, i + 4).chars().allMatch(d -> d >= '0' && d <= '7')) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
