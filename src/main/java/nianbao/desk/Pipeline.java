package nianbao.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nianbao.consolidate.ConsolidatedWorkbook;
import nianbao.consolidate.Consolidation;
import nianbao.consolidate.ConsolidationJson;
import nianbao.consolidate.Consolidator;
import nianbao.consolidate.Intake;
import nianbao.consolidate.Roster;
import nianbao.consolidate.RosterException;
import nianbao.consolidate.RosterFile;
import nianbao.consolidate.Spill;
import nianbao.consolidate.SubSummaries;
import nianbao.model.FileResult;
import nianbao.read.ReturnReader;
import nianbao.verify.Batch;
import nianbao.verify.PreviousReturns;

/** The work the desk asks of nianbao's pipeline: it computes nothing of its own. */
class Pipeline {

    /** A consolidation run held open: its outcome can be written as the workbook or the report until closed. */
    interface Consolidated extends AutoCloseable {
        Consolidation consolidation();

        void writeWorkbook(String agency, OutputStream out) throws IOException;

        void writeJson(Writer out) throws IOException;

        @Override
        void close();
    }

    /** Reads and verifies stored returns, one outcome per file in order. */
    List<FileResult> verify(List<Path> files) {
        return Batch.verify(files, new ReturnReader()::read, PreviousReturns.NONE);
    }

    /** Reads a published report and verifies its tables: the outcome as {@code extract --json} gives it. */
    FileResult extract(Path file) {
        try {
            nianbao.extract.Extraction e = new nianbao.extract.Extractor().extract(file);
            return FileResult.of(e.read(), nianbao.verify.Verifier.verify(e.read()));
        } catch (nianbao.read.UnreadableException e) {
            return FileResult.unreadable(nianbao.io.FileNames.shown(file), e.getMessage());
        }
    }

    /** The template, its header filled in ({@code meta}) and, when given, its input cells. */
    byte[] template(java.util.Map<nianbao.form.MetaKey, String> meta, java.util.Map<String, java.math.BigDecimal> inputs) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var wb = new nianbao.template.TemplateWriter().workbook(new nianbao.template.Filling(meta, inputs))) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    /** Writes the annotated copy of a return into {@code folder}: the file written. */
    Path annotate(Path file, List<nianbao.model.Finding> findings, Path folder) throws IOException {
        try {
            return nianbao.report.Annotator.annotate(file, findings, folder, false);
        } catch (nianbao.io.OutputRefusedException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A return's tables in the official layout, as a web page. */
    String tables(nianbao.model.Return r) {
        return nianbao.render.RenderFormat.HTML.render(r);
    }

    /** Reads a roster file. */
    Roster roster(Path file) throws RosterException {
        return RosterFile.read(file);
    }

    /** Consolidates the files, with the roster and the year when given. */
    Consolidated consolidate(List<Path> files, Optional<Roster> roster, OptionalInt year) throws IOException {
        Spill spill = new Spill();
        try {
            Consolidator consolidator = new Consolidator(new Consolidator.Options(false, year, roster, 20), spill);
            ReturnReader reader = new ReturnReader();
            Intake.run(files, Runtime.getRuntime().availableProcessors(), reader::read, PreviousReturns.NONE,
                    new SubSummaries(consolidator, PreviousReturns.NONE), done -> { });
            Consolidation c = consolidator.finish();
            return new Consolidated() {
                @Override
                public Consolidation consolidation() {
                    return c;
                }

                @Override
                public void writeWorkbook(String agency, OutputStream out) throws IOException {
                    ConsolidatedWorkbook.write(c, agency, out);
                }

                @Override
                public void writeJson(Writer out) throws IOException {
                    ConsolidationJson.write(c, out);
                }

                @Override
                public void close() {
                    closeQuietly(spill);
                }
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(spill);
            throw e;
        }
    }

    /** Temporary files left behind are the operating system's to clear; a failure to delete them is no failure of the run. */
    private static void closeQuietly(Spill spill) {
        try {
            spill.close();
        } catch (IOException e) {
            // the spill's folder is a temporary one
        }
    }
}
