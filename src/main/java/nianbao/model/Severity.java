package nianbao.model;

/** How serious a finding is: an error makes a return invalid, a warning does not. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "提示");

    private final String code;
    private final String chinese;

    Severity(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The stable code in JSON output. */
    public String code() {
        return code;
    }

    /** The word shown to a clerk. */
    public String chinese() {
        return chinese;
    }
}
