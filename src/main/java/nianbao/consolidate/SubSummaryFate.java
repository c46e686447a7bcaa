package nianbao.consolidate;

import java.util.List;
import nianbao.form.ConsolidatedLayout;
import nianbao.model.FileStatus;

/**
 * The members of a sub-summary that is not sound share its fate: those of an invalid one are invalid
 * (summed only with --include-invalid), those of one whose 明细 could not be read to the end are left out.
 */
final class SubSummaryFate {

    private SubSummaryFate() {
    }

    /** Rewrites, in place, the members of every invalid or unreadable sub-summary among {@code records}. */
    static void apply(List<FileRecord> records) {
        FileRecord container = null;
        for (int i = 0; i < records.size(); i++) {
            FileRecord r = records.get(i);
            if (!r.origin().isMember()) {
                container = r.origin().isSubSummary() ? r : null;
            } else if (container != null && r.isCandidate()) {
                records.set(i, follow(r, container));
            }
        }
    }

    private static FileRecord follow(FileRecord member, FileRecord container) {
        return switch (container.status()) {
            case INVALID -> member.status() == FileStatus.INVALID ? member : member.withStatus(FileStatus.INVALID,
                    "所在汇总表 " + container.file() + " 有误（见该文件的校验结果），本行未计入汇总；加 --include-invalid 时计入",
                    List.of());
            case UNREADABLE -> member.withStatus(FileStatus.SKIPPED, "所在汇总表 " + container.file()
                    + " 的「" + ConsolidatedLayout.DETAIL + "」未能完整读取，本行未计入汇总", List.of());
            default -> member;
        };
    }
}
