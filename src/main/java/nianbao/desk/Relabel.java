package nianbao.desk;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.model.FileResult;
import nianbao.model.Finding;

/**
 * Shows received files by their labels: the pipeline names a stored file by its path in the store
 * ({@code …/收到的文件/ab/abcd….xlsx}); wherever such a path appears in an outcome (the file, its reason,
 * a finding's message or the file it was compared with), its label stands instead.
 */
final class Relabel {

    private final Pattern stored;
    private final Map<String, String> labels;

    /**
     * Labels by stored path ({@code ab/abcd….xlsx}), for paths under {@code storeRoot}: as written, or as JSON
     * (backslashes doubled) or XML (ampersands escaped) write it.
     */
    Relabel(String storeRoot, Map<String, String> labels) {
        String roots = Stream.of(storeRoot, storeRoot.replace("\\", "\\\\"), storeRoot.replace("&", "&amp;")).distinct()
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.stored = Pattern.compile("(?:" + roots + ")(?:/|\\\\{1,2})([0-9a-f]{2})(?:/|\\\\{1,2})([0-9a-f]{64}(?:\\.[a-z]+)?)");
        this.labels = Map.copyOf(labels);
    }

    String text(String text) {
        return text(text, s -> s);
    }

    /** The text with each stored path replaced by its label, written as {@code escape} makes it (for JSON text). */
    String text(String text, java.util.function.UnaryOperator<String> escape) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = stored.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = labels.get(m.group(1) + "/" + m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(label == null ? m.group() : escape.apply(label)));
        }
        m.appendTail(out);
        return out.toString();
    }

    FileResult result(FileResult r) {
        List<Finding> findings = r.findings().stream().map(f -> new Finding(f.code(), f.keys(), f.cell(), f.expected(), f.actual(),
                text(f.message()), text(f.comparedWith()))).toList();
        return new FileResult(text(r.file()), r.status(), text(r.reason()), r.read(), findings);
    }
}
