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
 * and keeps one: the later 填报日期, else the later file time, else the later path. The others
 * become {@code duplicate}; both sides get a {@code duplicate_return} warning naming both files.
 */
final class Duplicates {

    /** Which of two returns of one agency wins: later date, then later file time, then later path. */
    static final Comparator<FileRecord> LATER = Comparator.comparingInt(FileRecord::date)
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
        return loser.withStatus(FileStatus.DUPLICATE, "与 " + winner.file() + " 重复报送，以 " + winner.file() + " 为准",
                warning(loser, loser, winner));
    }

    private static Finding warning(FileRecord self, FileRecord loser, FileRecord winner) {
        String who = "「" + (self.agency().isEmpty() ? self.creditCode() : self.agency()) + "」"
                + (self.year() > 0 ? self.year() + "年度" : "");
        String outcome = self == loser ? "本文件未计入汇总" : "采用本文件，" + loser.file() + " 未计入汇总";
        return new Finding(Code.DUPLICATE_RETURN, List.of(), null, winner.file(), loser.file(),
                who + "重复报送：" + loser.file() + " 与 " + winner.file() + "；" + why(loser, winner) + "，" + outcome
                        + "。如两份都应计入，请核对单位名称和统一社会信用代码");
    }

    private static String why(FileRecord loser, FileRecord winner) {
        if (winner.date() != loser.date()) {
            return "以填报日期较晚的 " + winner.file() + " 为准";
        }
        if (winner.facts().modified() != loser.facts().modified()) {
            return "填报日期相同或未填，以修改时间较晚的 " + winner.file() + " 为准";
        }
        return "填报日期和修改时间都无法区分，以 " + winner.file() + " 为准";
    }
}
