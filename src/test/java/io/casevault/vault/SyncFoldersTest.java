package io.casevault.vault;

import io.casevault.domain.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SyncFoldersTest {
    private static final List<String> LOCAL = List.of(
            "/dev/sda2 / ext4 rw,relatime 0 0",
            "tmpfs /tmp tmpfs rw,nosuid 0 0",
            "/dev/sda3 /home ext4 rw,relatime 0 0");

    @ParameterizedTest
    @CsvSource({
            "server:/export/home /home/li/nfs nfs4, nfs4",
            "//nas/share /mnt/nas cifs, cifs",
            "//nas/share /mnt/nas smb3, smb3",
            "dropbox /home/li/cloud fuse.dropbox, fuse.dropbox",
            "rclone /home/li/cloud fuse.rclone, fuse.rclone",
            "onedriver /home/li/cloud fuse.onedriver, fuse.onedriver",
            "google-drive-ocamlfuse /home/li/cloud fuse.google-drive-ocamlfuse, fuse.google-drive-ocamlfuse"})
    void aVaultOnANetworkOrSyncMountIsWarnedAboutNamingTheFileSystem(String mount, String type) {
        String mountPoint = mount.split(" ")[1];
        List<String> table = new java.util.ArrayList<>(LOCAL);
        table.add(mount + " rw 0 0");
        Optional<Reason> warning = SyncFolders.detect(Path.of(mountPoint, "cases", "casevault"), table);
        assertThat(warning).isPresent();
        assertThat(warning.get().english()).contains(type).contains("local disk");
        assertThat(warning.get().key()).isEqualTo("vault.syncFolder");
    }

    @Test
    void theLongestMatchingMountDecidesSoALocalDiskUnderANetworkMountIsNotWarnedAbout() {
        List<String> table = List.of("server:/export / nfs rw 0 0", "/dev/sdb1 /home/li/local ext4 rw 0 0");
        assertThat(SyncFolders.detect(Path.of("/home/li/local/vault"), table)).isEmpty();
        assertThat(SyncFolders.detect(Path.of("/home/li/other/vault"), table)).isPresent();
    }

    @Test
    void aMountPointWithASpaceIsUnescapedAsTheMountTableWritesIt() {
        List<String> table = List.of("/dev/sda2 / ext4 rw 0 0", "//nas/s /mnt/my\\040share cifs rw 0 0");
        assertThat(SyncFolders.detect(Path.of("/mnt/my share/vault"), table)).isPresent();
        assertThat(SyncFolders.detect(Path.of("/mnt/my/vault"), table)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/home/li/Dropbox/vault", "/Users/li/Library/Mobile Documents/com~apple~CloudDocs/v",
            "/home/li/OneDrive/证据", "/home/li/OneDrive - Contoso/v", "C:/Users/li/Google Drive/v",
            "/Users/li/iCloud Drive/v", "/home/li/Dropbox (Personal)/v"})
    void aVaultInAKnownSyncFolderIsWarnedAboutOnALocalDisk(String dir) {
        assertThat(SyncFolders.detect(Path.of(dir), LOCAL)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/home/li/.local/share/casevault", "/tmp/vault", "/home/li/dropboxes-old/v",
            "/home/li/Documents/drive-notes/v"})
    void aLocalVaultOutsideSyncFoldersIsNotWarnedAbout(String dir) {
        assertThat(SyncFolders.detect(Path.of(dir), LOCAL)).isEmpty();
    }

    @Test
    void withoutAMountTableOnlyTheFolderNamesDecide() {
        assertThat(SyncFolders.detect(Path.of("/home/li/Dropbox/v"), List.of())).isPresent();
        assertThat(SyncFolders.detect(Path.of("/home/li/v"), List.of())).isEmpty();
    }
}
