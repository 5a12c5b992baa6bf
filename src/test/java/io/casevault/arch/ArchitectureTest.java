package io.casevault.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Keeps DESIGN.md's layers: domain ← vault ← app ← {cli, ui}; importer, dossier, media and ocr on domain only. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.casevault");
    }

    @Test
    void lowerLayersNeverReachUp() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("io.casevault.domain..")
                .layer("Vault").definedBy("io.casevault.vault..")
                .layer("Media").definedBy("io.casevault.media..")
                .layer("Importer").definedBy("io.casevault.importer..")
                .layer("Dossier").definedBy("io.casevault.dossier..")
                .layer("Ocr").definedBy("io.casevault.ocr..")
                .layer("App").definedBy("io.casevault.app..")
                .layer("Cli").definedBy("io.casevault.cli..")
                .layer("Ui").definedBy("io.casevault.ui..")
                .layer("Launcher").definedBy("io.casevault")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
                .whereLayer("Vault").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Launcher")
                .whereLayer("Media").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Importer").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Dossier").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ocr").mayOnlyBeAccessedByLayers("App")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void domainIsPure() {
        noClasses().that().resideInAPackage("io.casevault.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.casevault.vault..", "io.casevault.app..",
                        "io.casevault.media..", "io.casevault.ocr..", "io.casevault.cli..", "io.casevault.ui..",
                        "javafx..", "java.sql..", "org.jdbi..", "org.sqlite..", "java.nio.channels..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .check(classes);
    }

    @Test
    void sqlLivesInTheVaultOnly() {
        noClasses().that().resideInAnyPackage("io.casevault.app..", "io.casevault.cli..", "io.casevault.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.sqlite..")
                .because("repositories in io.casevault.vault hold every statement (ARCHITECTURE.md)")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.casevault.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void importersDossierAndMediaReadOnlyTheDomain() {
        noClasses().that().resideInAnyPackage("io.casevault.importer..", "io.casevault.dossier..",
                "io.casevault.media..")
                .should().dependOnClassesThat().resideInAnyPackage("io.casevault.vault..", "io.casevault.app..",
                        "io.casevault.cli..", "io.casevault.ui..")
                .check(classes);
    }

    @Test
    void ocrUsesOnlyTheDomainOnnxRuntimeAndTheJdk() {
        classes().that().resideInAPackage("io.casevault.ocr..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.casevault.ocr..", "io.casevault.domain..",
                        "ai.onnxruntime..", "java..", "javax.imageio..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void importersUseOnlyTheDomainTheirLibrariesAndTheJdk() {
        classes().that().resideInAPackage("io.casevault.importer..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.casevault.importer..",
                        "io.casevault.domain..", "java..", "org.apache.commons.csv..", "org.mozilla.universalchardet..",
                        "org.dhatim.fastexcel.reader..", "org.slf4j..", "org.apache.james.mime4j..",
                        "org.jsoup..")
                .check(classes);
    }

    /**
     * In the window only the composition root sees the whole service layer: {@code ui/shell}'s WindowWiring and
     * WindowServices, the Shell with the VaultOpening it shows, and MainApp. Every view gets the few services it uses
     * through narrow interfaces.
     */
    @Test
    void onlyTheCompositionRootSeesTheVaultSession() {
        noClasses().that().resideInAPackage("io.casevault.ui..")
                .and().haveNameNotMatching(
                        "io\\.casevault\\.ui\\.(shell\\.(WindowWiring|WindowServices|Shell|VaultOpening)|MainApp)(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.casevault.app.VaultSession")
                .check(classes);
    }
}
