package io.casevault.ui.export;

import io.casevault.app.ExportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The export view's model without the toolkit: file names, defaults and the options handed to the service. */
class ExportFormTest {
    private static final String PATTERN = "{0}-dossier-{1}.pdf";

    @Test
    void aFileNameKeepsChineseAndDropsCharactersNoFileSystemAccepts() {
        assertThat(ExportForm.fileName(PATTERN, "转账未到账", "2026-11-25")).isEqualTo("转账未到账-dossier-2026-11-25.pdf");
        assertThat(ExportForm.fileName(PATTERN, "Sample: paid twice / refund?", "2026-11-25"))
                .isEqualTo("Sample paid twice refund-dossier-2026-11-25.pdf");
        assertThat(ExportForm.fileName(PATTERN, "  ", "2026-11-25")).isEqualTo("case-dossier-2026-11-25.pdf");
        assertThat(ExportForm.fileName(PATTERN, "x".repeat(200), "2026-11-25")).hasSize(60 + 23);
    }

    @Test
    void theDossierLanguageFollowsTheInterfaceAndOriginalsAreAttachedByDefault() {
        ExportForm zh = new ExportForm(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.language().get()).isEqualTo(ExportOptions.Language.ZH);
        assertThat(new ExportForm(Locale.ENGLISH).language().get()).isEqualTo(ExportOptions.Language.EN);
        assertThat(zh.attachOriginals().get()).isTrue();
        assertThat(zh.includeAuditLog().get()).isFalse();
        assertThat(zh.canExport().get()).isFalse();
    }

    @Test
    void aNameWithoutExtensionBecomesAPdfAndNoExportStartsWhileOneRuns(@TempDir Path dir) throws Exception {
        ExportForm form = new ExportForm(Locale.ENGLISH);
        form.output().set(dir.resolve("dossier").toString());
        form.includeAuditLog().set(true);
        ExportOptions options = form.toOptions(ZoneId.of("Asia/Shanghai"));
        assertThat(options.out()).isEqualTo(dir.resolve("dossier.pdf"));
        assertThat(options.includeAuditLog()).isTrue();
        assertThat(form.canExport().get()).isTrue();
        form.started();
        assertThat(form.canExport().get()).isFalse();
        form.cancelled();
        assertThat(form.canExport().get()).isTrue();
        Files.createDirectory(dir.resolve("Documents"));
        assertThat(ExportForm.defaultFolder(dir)).isEqualTo(dir.resolve("Documents"));
    }

    @Test
    void theCopyToSendShowsOriginalsUntickedAndTheArchivalDossierGetsTheUsersChoiceBack() {
        ExportForm form = new ExportForm(Locale.ENGLISH);
        assertThat(form.originalsTicked().get()).isTrue();

        form.copy().set(ExportForm.Copy.SUBMISSION);
        assertThat(form.originalsTicked().get()).as("the copy to send never attaches originals").isFalse();
        form.copy().set(ExportForm.Copy.ARCHIVAL);
        assertThat(form.originalsTicked().get()).isTrue();

        form.attachOriginals().set(false);
        form.copy().set(ExportForm.Copy.SUBMISSION);
        form.copy().set(ExportForm.Copy.ARCHIVAL);
        assertThat(form.originalsTicked().get()).as("the user's untick is kept").isFalse();
    }
}
