package nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, held by the build: no package cycle; each library only where it is the point; the
 * jobs called only by the doors; the doors thin. A change that breaks the shape fails here, naming the class.
 */
@AnalyzeClasses(packages = "nianbao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** How long a command class may grow: it parses arguments, calls one job, renders the outcome. */
    static final int COMMAND_LINES = 120;

    @ArchTest
    static final ArchRule noPackageCycle = slices().matching("nianbao.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule poiOnlyWherePoiIsThePoint = noClasses()
            .that().resideOutsideOfPackages("nianbao.read..", "nianbao.template..", "nianbao.bench..")
            .and().doNotHaveFullyQualifiedName("nianbao.consolidate.BaseWorkbook")
            .and().doNotHaveFullyQualifiedName("nianbao.consolidate.RosterFile")
            .and().doNotHaveFullyQualifiedName("nianbao.extract.DocxSource")
            .and().doNotHaveFullyQualifiedName("nianbao.report.Annotator")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("the hot paths read and write the packages' XML themselves; POI is for .xls, the template, and the few whole-workbook edits");

    @ArchTest
    static final ArchRule pdfAndHtmlOnlyForPublishedReports = noClasses()
            .that().resideOutsideOfPackages("nianbao.extract..", "nianbao.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.jsoup..");

    @ArchTest
    static final ArchRule commandLineParsingOnlyInTheCommands = noClasses()
            .that().resideOutsideOfPackages("nianbao.cli..", "nianbao.bench..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule webServerOnlyInTheDesk = noClasses()
            .that().resideOutsideOfPackage("nianbao.desk..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule jobsCalledOnlyByTheDoors = classes()
            .that().resideInAPackage("nianbao.jobs..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("nianbao.jobs..", "nianbao.cli..", "nianbao.desk..", "nianbao.bench..");

    @ArchTest
    static final ArchRule theCommandLineIsADoorNobodyElseUses = noClasses()
            .that().resideOutsideOfPackage("nianbao.cli..")
            .should().dependOnClassesThat().resideInAPackage("nianbao.cli..");

    @Test
    void commandsAreThin() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/nianbao/cli"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Command.java")).toList()) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > COMMAND_LINES) {
                    tooLong.put(file.getFileName().toString(), lines);
                }
            }
        }
        assertThat(tooLong).as("commands over " + COMMAND_LINES + " lines: move the work into a job").isEmpty();
    }
}
