package nianbao.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Section;
import nianbao.model.Return;
import org.jsoup.nodes.Entities;

/**
 * The forms a return's tables are written in for publication: a web page with the official merged
 * headers, text laid out like a table copied from a web page (tab-separated), or Markdown.
 */
public enum RenderFormat {
    HTML("html"),
    TXT("txt"),
    MD("md");


    private final String extension;

    RenderFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<RenderFormat> find(String name) {
        for (RenderFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The report's title and three tables in this format. */
    public String render(Return r) {
        List<LaidTable> tables = OfficialLayout.of(r);
        return switch (this) {
            case HTML -> html(r, tables);
            case TXT -> text(r, tables);
            case MD -> markdown(r, tables);
        };
    }

    /** 湛河区信访局2024年政府信息公开工作年度报告, or just the report's name when agency or year is unknown. */
    static String title(Return r) {
        OptionalInt year = r.year();
        return r.agency() + (year.isPresent() ? year.getAsInt() + "年" : "") + Form.REPORT;
    }

    private static String html(Return r, List<LaidTable> tables) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title(r))).append("</title>\n")
                .append("<style>table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #000;")
                .append("padding:2px 6px;text-align:center}td.num{text-align:right}</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title(r))).append("</h1>\n");
        for (LaidTable table : tables) {
            sb.append("<h2>").append(escape(table.section().heading())).append("</h2>\n<table>\n");
            for (List<LaidCell> row : table.rows()) {
                sb.append("<tr>");
                row.forEach(cell -> sb.append(htmlCell(cell)));
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static String htmlCell(LaidCell cell) {
        String tag = cell.header() ? "th" : "td";
        return "<" + tag + (cell.rowspan() > 1 ? " rowspan=\"" + cell.rowspan() + "\"" : "")
                + (cell.colspan() > 1 ? " colspan=\"" + cell.colspan() + "\"" : "")
                + (cell.header() ? "" : " class=\"num\"") + ">" + escape(cell.text()) + "</" + tag + ">";
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    private static String text(Return r, List<LaidTable> tables) {
        StringBuilder sb = new StringBuilder(title(r)).append("\n\n");
        for (LaidTable table : tables) {
            sb.append(table.section().heading()).append("\n\n");
            table.grid().forEach(row -> sb.append(String.join("\t", row)).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String markdown(Return r, List<LaidTable> tables) {
        StringBuilder sb = new StringBuilder("# ").append(title(r)).append("\n\n");
        for (LaidTable table : tables) {
            sb.append("## ").append(table.section().heading()).append("\n\n");
            switch (table.section()) {
                case DISCLOSURE, REVIEW -> sb.append(mdTable(table.grid()));
                case APPLICATION -> sb.append(matrixMarkdown(r));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Table 三 flattened for Markdown, which has no merged cells: the full label path, then 7 numbers. */
    private static String matrixMarkdown(Return r) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new java.util.ArrayList<>(List.of(nianbao.form.MatrixRow.BALANCE_NOTE));
        for (Applicant col : Applicant.values()) {
            header.add(String.join("·", col.labels()));
        }
        sb.append(mdRow(header)).append(mdRow(header.stream().map(h -> "---").toList()));
        Section section = Section.APPLICATION;
        List<Field> fields = Form.fields().stream().filter(f -> f.section() == section).toList();
        for (int i = 0; i < fields.size(); i += Applicant.values().length) {
            List<String> row = new java.util.ArrayList<>(List.of(String.join(" ", fields.get(i).rowLabels())));
            fields.subList(i, i + Applicant.values().length).forEach(f -> row.add(OfficialLayout.text(r, f)));
            sb.append(mdRow(row));
        }
        return sb.toString();
    }

    /** A grid as a Markdown table: its first row as the header. */
    private static String mdTable(List<List<String>> grid) {
        StringBuilder sb = new StringBuilder(mdRow(grid.get(0)));
        sb.append(mdRow(grid.get(0).stream().map(h -> "---").toList()));
        grid.subList(1, grid.size()).forEach(row -> sb.append(mdRow(row)));
        return sb.toString();
    }

    private static String mdRow(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
    }
}
