package io.casevault.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Keeps DESIGN.md's layers: domain ← vault ← app ← {cli, ui}; importer, dossier and media on domain only. */
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
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void domainIsPure() {
        noClasses().that().resideInAPackage("io.casevault.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.casevault.vault..", "io.casevault.app..",
                        "io.casevault.media..", "io.casevault.cli..", "io.casevault.ui..", "javafx..", "java.sql..",
                        "org.jdbi..", "org.sqlite..", "java.nio.channels..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
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
    void importersUseOnlyTheDomainTheirLibrariesAndTheJdk() {
        classes().that().resideInAPackage("io.casevault.importer..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.casevault.importer..",
                        "io.casevault.domain..", "java..", "org.apache.commons.csv..", "org.mozilla.universalchardet..",
                        "org.dhatim.fastexcel.reader..", "org.slf4j..", "org.apache.james.mime4j..",
                        "org.jsoup..")
                .check(classes);
    }
}
