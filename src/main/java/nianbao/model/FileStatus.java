package nianbao.model;

/** What became of one input file in a run, with its stable code of form.md and its Chinese word. */
public enum FileStatus {
    OK("ok", "通过"),
    INVALID("invalid", "有误"),
    UNREADABLE("unreadable", "无法读取"),
    DUPLICATE("duplicate", "重复报送（已被替代）"),
    SKIPPED("skipped", "已跳过");

    private final String code;
    private final String chinese;

    FileStatus(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }
}
