package nianbao.consolidate;

import java.util.Objects;

/**
 * How a record's return reached the run: a file given as input, a consolidated workbook given as input
 * (a sub-summary: summed through its members, never as itself), or one agency row of a sub-summary's
 * 明细 (a member).
 *
 * @param kind which of the three
 * @param subSummary for a member, the sub-summary's file as the user named it; else ""
 * @param row for a member, its row on the sub-summary's 明细 (from 1); else 0
 * @param listedFile for a member, the file its row's 文件 column names; else ""
 * @param via for a member that reached its sub-summary through another one, that one (its row's 来源); else ""
 */
public record Origin(Kind kind, String subSummary, int row, String listedFile, String via) {

    /** The three ways a return reaches the run. */
    public enum Kind { DIRECT, SUB_SUMMARY, MEMBER }

    /** A file given as input and read as one return. */
    public static final Origin DIRECT = new Origin(Kind.DIRECT, "", 0, "", "");
    /** A consolidated workbook given as input. */
    public static final Origin SUB_SUMMARY = new Origin(Kind.SUB_SUMMARY, "", 0, "", "");

    public Origin {
        Objects.requireNonNull(kind, "kind");
        subSummary = subSummary == null ? "" : subSummary;
        listedFile = listedFile == null ? "" : listedFile;
        via = via == null || via.equals(listedFile) ? "" : via;
    }

    /** Row {@code row} of the 明细 of sub-summary {@code subSummary}, listing {@code listedFile}, which came through {@code via}. */
    public static Origin member(String subSummary, int row, String listedFile, String via) {
        return new Origin(Kind.MEMBER, subSummary, row, listedFile, via);
    }

    public boolean isMember() {
        return kind == Kind.MEMBER;
    }

    public boolean isSubSummary() {
        return kind == Kind.SUB_SUMMARY;
    }

    /** How a member is named in this run: its sub-summary and its row there. */
    String memberName() {
        return subSummary + "（明细第 " + row + " 行）";
    }

    /** The 来源 of a record in 明细: the input it came through (for a member its sub-summary, and the one before). */
    String source(String file) {
        if (!isMember()) {
            return file;
        }
        return via.isEmpty() ? subSummary : subSummary + "（经 " + via + "）";
    }
}
