package nianbao.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nianbao.consolidate.Roster;

/**
 * The 催报 and 退回 text a clerk pastes into WeChat or an e-mail: one line per roster member that sent
 * nothing, one line per return to fix with its first problems (cell and message), read from the report.
 */
final class Reminders {

    /** How many problems of a return its line names. */
    static final int FIRST = 3;

    private Reminders() {
    }

    static String of(Snapshot s) {
        Integer year = s.state().season().year();
        String season = year == null ? "" : year + " 年度";
        List<String> lines = new ArrayList<>();
        if (!s.missing().isEmpty()) {
            lines.add("【催报】以下单位尚未报送" + (season.isEmpty() ? "" : " " + season + "的") + "政府信息公开工作年度报告数据，请尽快报送：");
            for (Roster.Member m : s.missing()) {
                lines.add(m.name() + "：尚未报送，请尽快报送。");
            }
        }
        List<String> fixes = new ArrayList<>();
        for (JsonNode f : s.report().path("files")) {
            String status = f.path("status").asText();
            if (status.equals("invalid")) {
                fixes.add(who(f) + "：报表有误，请修改后重新报送。" + firstProblems(f));
            } else if (status.equals("unreadable")) {
                fixes.add(who(f) + "：文件无法读取（" + f.path("reason").asText() + "），请重新报送。");
            }
        }
        if (!fixes.isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("【退回修改】以下单位的报表需要修改后重新报送：");
            lines.addAll(fixes);
        }
        return lines.isEmpty() ? "名册中的单位都已报送，报表都已通过校验，没有需要催报或退回的。" : String.join("\n", lines);
    }

    private static String who(JsonNode f) {
        String agency = f.path("agency").asText("");
        return agency.isEmpty() ? f.path("file").asText() : agency + "（" + f.path("file").asText() + "）";
    }

    private static String firstProblems(JsonNode f) {
        List<String> errors = new ArrayList<>();
        for (JsonNode finding : f.path("findings")) {
            if (finding.path("severity").asText().equals("error")) {
                String cell = finding.path("cell").isNull() ? "" : finding.path("cell").asText() + " ";
                errors.add(cell + finding.path("message").asText().replaceAll("[。；]+$", ""));
            }
        }
        String first = String.join("；", errors.subList(0, Math.min(FIRST, errors.size())));
        return first + (errors.size() > FIRST ? "；等共 " + errors.size() + " 处错误。" : errors.isEmpty() ? "" : "（共 " + errors.size() + " 处错误）。");
    }
}
