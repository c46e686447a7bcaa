package nianbao.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.consolidate.FileRecord;
import nianbao.consolidate.Roster;
import nianbao.model.FileStatus;

/**
 * How far the season has come, in the words of the page's first line: 「应报 32 个单位：已报 27（通过 22，待修改 5），
 * 未报 5」, and each roster member's state. Read from the consolidation's records and the roster.
 *
 * @param line the line
 * @param roster the roster's label, or null
 * @param members each member of the roster in its order
 */
record Progress(String line, String roster, List<Member> members) {

    /** A roster member and its state: {@code ok}, {@code invalid} (to fix) or {@code missing}. */
    record Member(String name, String group, String status, String words) {
    }

    static Progress of(Snapshot s) {
        String season = seasonWords(s.state().season());
        List<FileRecord> returns = s.consolidation().records().stream().filter(r -> r.isSubmission() || r.status() == FileStatus.UNREADABLE).toList();
        if (s.roster().isEmpty()) {
            long ok = returns.stream().filter(r -> r.status() == FileStatus.OK).count();
            return new Progress(season + "已收 " + returns.size() + " 份报表：通过 " + ok + "，待修改 " + toFix(returns)
                    + "（还没有名册，上传名册后可看出哪些单位未报）", null, List.of());
        }
        Roster roster = s.roster().get();
        Set<Roster.Member> missing = new HashSet<>(s.missing());
        Map<Roster.Member, FileStatus> reported = new HashMap<>();
        for (FileRecord r : returns) {
            roster.find(r.agency(), r.creditCode()).filter(m -> !missing.contains(m))
                    .ifPresent(m -> reported.merge(m, r.status(), (a, b) -> a == FileStatus.OK ? a : b));
        }
        List<Member> members = new ArrayList<>();
        long ok = 0;
        for (Roster.Member m : roster.members()) {
            FileStatus status = missing.contains(m) ? null : reported.get(m);
            boolean passed = status == FileStatus.OK;
            ok += passed ? 1 : 0;
            members.add(status == null && missing.contains(m) ? new Member(m.name(), m.group(), "missing", "未报")
                    : passed ? new Member(m.name(), m.group(), "ok", "已报，通过")
                    : new Member(m.name(), m.group(), "invalid", "已报，待修改"));
        }
        long expected = roster.members().size();
        long sent = expected - missing.size();
        String label = s.state().find(s.state().roster()).map(StoredFile::label).orElse(null);
        return new Progress(season + "应报 " + expected + " 个单位：已报 " + sent + "（通过 " + ok + "，待修改 " + (sent - ok) + "），未报 "
                + missing.size() + offRoster(returns, roster), label, members);
    }

    private static long toFix(List<FileRecord> returns) {
        return returns.stream().filter(r -> r.status() == FileStatus.INVALID || r.status() == FileStatus.UNREADABLE).count();
    }

    private static String offRoster(List<FileRecord> returns, Roster roster) {
        long unreadable = returns.stream().filter(r -> r.status() == FileStatus.UNREADABLE).count();
        long outside = returns.stream().filter(r -> r.status() != FileStatus.UNREADABLE && !r.agency().isEmpty()
                && roster.find(r.agency(), r.creditCode()).isEmpty()).count();
        String more = (unreadable > 0 ? "；另有 " + unreadable + " 个文件无法读取" : "") + (outside > 0 ? "；名册外 " + outside + " 份" : "");
        return more;
    }

    private static String seasonWords(Season season) {
        String body = season.body().isEmpty() ? "" : season.body() + " ";
        String year = season.year() == null ? "" : season.year() + " 年度 ";
        return body + year + (body.isEmpty() && year.isEmpty() ? "" : "· ");
    }
}
