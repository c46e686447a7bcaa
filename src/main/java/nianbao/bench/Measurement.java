package nianbao.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed process: its wall time, and its CPU time and peak resident memory as GNU time reports them
 * (-1 when GNU time is not installed).
 *
 * @param seconds wall time of the whole process, start to exit
 * @param cpuSeconds user plus system CPU time, or -1
 * @param peakKb maximum resident set size in kilobytes, or -1
 */
record Measurement(double seconds, double cpuSeconds, long peakKb) {

    private static final Pattern PEAK = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");

    /** User plus system CPU seconds in GNU time's verbose report, or -1 when it has none. */
    static double cpuSeconds(String timeReport) {
        Matcher m = CPU.matcher(timeReport);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
            found = true;
        }
        return found ? total : -1;
    }

    /** The peak RSS in GNU time's verbose report, or -1 when it has none. */
    static long peakKb(String timeReport) {
        Matcher m = PEAK.matcher(timeReport);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The measurement with the median wall time; its own peak memory goes with it. */
    static Measurement median(List<Measurement> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        List<Measurement> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Measurement::seconds)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Peak memory in MB, or "?" when unknown. */
    String peakMb() {
        return peakKb < 0 ? "?" : String.valueOf(Math.round(peakKb / 1024.0));
    }
}
