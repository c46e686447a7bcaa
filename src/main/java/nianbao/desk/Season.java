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

    /** The name of one of the season's outputs: 湛河区人民政府（全区汇总）2024年汇总.xlsx for the suffix .xlsx. */
    String fileName(String suffix) {
        return Download.safeName(body + (year == null ? "" : year + "年") + "汇总" + suffix);
    }

    static Season unset() {
        return new Season("", null);
    }
}
