package nianbao.desk;

/**
 * The reporting season a workspace holds: the consolidating body (写入汇总表的填报单位) and the year reported on.
 *
 * @param body the consolidating body, or ""
 * @param year the year reported on, or null while not set
 */
public record Season(String body, Integer year) {

    public Season {
        body = body == null ? "" : body.strip();
    }

    static Season unset() {
        return new Season("", null);
    }
}
