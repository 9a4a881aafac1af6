package org.detente;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way, down the pipeline of STYLE.md. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.detente");

    @Test
    void layersOnlyUseLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.detente.cli..")
                .layer("report").definedBy("org.detente.report..")
                .layer("chart").definedBy("org.detente.chart..")
                .layer("cluster").definedBy("org.detente.cluster..")
                .layer("batch").definedBy("org.detente.batch..")
                .layer("analysis").definedBy("org.detente.analysis..")
                .layer("model").definedBy("org.detente.model..")
                .layer("coding").definedBy("org.detente.coding..")
                .layer("scenario").definedBy("org.detente.scenario..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("cli", "report")
                .whereLayer("cluster").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("batch").mayOnlyBeAccessedByLayers("cli", "cluster")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("cli", "report", "chart", "batch", "cluster")
                .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "batch")
                .whereLayer("coding").mayOnlyBeAccessedByLayers("cli", "batch")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("cli", "cluster", "batch", "model", "coding")
                .check(classes);
    }
}
