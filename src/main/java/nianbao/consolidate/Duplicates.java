package nianbao.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.form.Labels;
import nianbao.model.Code;
import nianbao.model.FileStatus;
import nianbao.model.Finding;

/**
 * Finds returns filed twice for the same agency and year (matched by 统一社会信用代码, else by name)
 * and keeps one: the later 填报日期, else the one the agency sent itself over a row of a sub-summary's
 * 明细, else the later file time, else the later path. The others become {@code duplicate}; both sides
 * get a warning naming both: {@code duplicate_return} for two files given directly, {@code overlap}
 * when one of them (or both) reached the run inside a sub-summary.
 */
final class Duplicates {

    /** Which of two returns of one agency wins: later date, then one given directly, then later file time, then later path. */
    static final Comparator<FileRecord> LATER = Comparator.comparingInt(FileRecord::date)
            .thenComparing(r -> !r.origin().isMember())
            .thenComparingLong(r -> r.facts().modified())
            .thenComparing(FileRecord::file)
            .thenComparingInt(FileRecord::index);

    private Duplicates() {
    }

    /** The records with every duplicate resolved; same order and size as given. */
    static List<FileRecord> resolve(List<FileRecord> records) {
        List<FileRecord> result = new ArrayList<>(records);
        for (List<FileRecord> same : sameAgency(records).values()) {
            if (same.size() > 1) {
                FileRecord winner = same.stream().max(LATER).orElseThrow();
                for (FileRecord loser : same) {
                    if (loser != winner) {
                        result.set(loser.index(), supersede(loser, winner));
                        result.set(winner.index(), result.get(winner.index()).withFinding(warning(winner, loser, winner)));
                    }
                }
            }
        }
        return result;
    }

    private static Map<String, List<FileRecord>> sameAgency(List<FileRecord> records) {
        Map<String, Set<String>> codesByName = new HashMap<>();
        for (FileRecord r : records) {
            if (r.isCandidate() && !r.creditCode().isEmpty()) {
                codesByName.computeIfAbsent(r.year() + "|" + Labels.normalize(r.agency()), k -> new HashSet<>()).add(r.creditCode());
            }
        }
        Map<String, List<FileRecord>> groups = new LinkedHashMap<>();
        for (FileRecord r : records) {
            if (r.isCandidate() && !r.empty()) {
                groups.computeIfAbsent(r.year() + "|" + identity(r, codesByName), k -> new ArrayList<>()).add(r);
            }
        }
        return groups;
    }

    /** The code, or the one code other returns of that name carry, or the name; unnamed returns match nothing. */
    private static String identity(FileRecord r, Map<String, Set<String>> codesByName) {
        if (!r.creditCode().isEmpty()) {
            return "code:" + r.creditCode();
        }
        String name = Labels.normalize(r.agency());
        Set<String> codes = codesByName.getOrDefault(r.year() + "|" + name, Set.of());
        if (codes.size() == 1) {
            return "code:" + codes.iterator().next();
        }
        return name.isEmpty() ? "file:" + r.index() : "name:" + name;
    }

    private static FileRecord supersede(FileRecord loser, FileRecord winner) {
        String reason = isOverlap(loser, winner)
                ? "同一单位已由 " + winner.file() + " 计入，以其为准，本项不重复计入"
                : "与 " + winner.file() + " 重复报送，以 " + winner.file() + " 为准";
        return loser.withStatus(FileStatus.DUPLICATE, reason, warning(loser, loser, winner));
    }

    /** One of the two reached the run inside a sub-summary (two rows of one sub-summary are a plain duplicate). */
    static boolean isOverlap(FileRecord a, FileRecord b) {
        boolean sameSubSummary = a.origin().isMember() && b.origin().isMember()
                && a.origin().subSummary().equals(b.origin().subSummary());
        return (a.origin().isMember() || b.origin().isMember()) && !sameSubSummary;
    }

    private static Finding warning(FileRecord self, FileRecord loser, FileRecord winner) {
        String who = "「" + (self.agency().isEmpty() ? self.creditCode() : self.agency()) + "」"
                + (self.year() > 0 ? self.year() + "年度" : "");
        if (isOverlap(loser, winner)) {
            String outcome = self == loser ? "本项未计入汇总" : "采用本项，" + loser.file() + " 未计入汇总";
            return new Finding(Code.OVERLAP, List.of(), null, winner.file(), loser.file(),
                    who + "重复计入：同时见于 " + loser.file() + " 与 " + winner.file() + "；" + why(loser, winner) + "，" + outcome
                            + "，每个单位只计入一次。如两者确是不同单位，请核对单位名称和统一社会信用代码");
        }
        String outcome = self == loser ? "本文件未计入汇总" : "采用本文件，" + loser.file() + " 未计入汇总";
        return new Finding(Code.DUPLICATE_RETURN, List.of(), null, winner.file(), loser.file(),
                who + "重复报送：" + loser.file() + " 与 " + winner.file() + "；" + why(loser, winner) + "，" + outcome
                        + "。如两份都应计入，请核对单位名称和统一社会信用代码");
    }

    private static String why(FileRecord loser, FileRecord winner) {
        if (winner.date() != loser.date()) {
            return "以填报日期较晚的 " + winner.file() + " 为准";
        }
        if (winner.origin().isMember() != loser.origin().isMember()) {
            return "填报日期相同或未填，以单位直接报送的 " + winner.file() + " 为准";
        }
        if (winner.facts().modified() != loser.facts().modified()) {
            return "填报日期相同或未填，以修改时间较晚的" + (winner.origin().isMember() ? "汇总表中的 " : " ") + winner.file() + " 为准";
        }
        return "填报日期和修改时间都无法区分，以 " + winner.file() + " 为准";
    }
}
