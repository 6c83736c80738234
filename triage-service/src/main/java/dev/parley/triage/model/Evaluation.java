package dev.parley.triage.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * How well predictions match the true labels: accuracy, macro-F1, precision, recall and F1 per label,
 * and the confusion matrix (rows: true label, columns: predicted), as a report for people and as one
 * JSON line for tools.
 */
public record Evaluation(List<String> labels, long[][] confusion) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Evaluation of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("need as many predictions as labels, and at least one");
        }
        TreeSet<String> all = new TreeSet<>(truth);
        all.addAll(predicted);
        List<String> labels = List.copyOf(all);
        long[][] confusion = new long[labels.size()][labels.size()];
        for (int i = 0; i < truth.size(); i++) {
            confusion[labels.indexOf(truth.get(i))][labels.indexOf(predicted.get(i))]++;
        }
        return new Evaluation(labels, confusion);
    }

    public long n() {
        long n = 0;
        for (long[] row : confusion) {
            for (long count : row) {
                n += count;
            }
        }
        return n;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += confusion[i][i];
        }
        return (double) correct / n();
    }

    public double precision(int label) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[label];
        }
        return predicted == 0 ? 0 : (double) confusion[label][label] / predicted;
    }

    public double recall(int label) {
        long actual = support(label);
        return actual == 0 ? 0 : (double) confusion[label][label] / actual;
    }

    public double f1(int label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long support(int label) {
        long actual = 0;
        for (long count : confusion[label]) {
            actual += count;
        }
        return actual;
    }

    /** The mean F1 over the labels that occur in the truth. */
    public double macroF1() {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (support(i) > 0) {
                sum += f1(i);
                counted++;
            }
        }
        return sum / counted;
    }

    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d examples  accuracy %.4f  macro-F1 %.4f%n%n",
                n(), accuracy(), macroF1()));
        out.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s%n", "label", "precision", "recall", "F1", "support"));
        for (int i = 0; i < labels.size(); i++) {
            out.append(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f %9d%n", labels.get(i), precision(i), recall(i),
                    f1(i), support(i)));
        }
        out.append("\nconfusion (rows: true, columns: predicted)\n").append(String.format(Locale.ROOT, "%-16s", ""));
        labels.forEach(label -> out.append(String.format(Locale.ROOT, " %10s", label)));
        for (int i = 0; i < labels.size(); i++) {
            out.append(String.format(Locale.ROOT, "%n%-16s", labels.get(i)));
            for (long count : confusion[i]) {
                out.append(String.format(Locale.ROOT, " %10d", count));
            }
        }
        return out.append('\n').toString();
    }

    /** One JSON object: accuracy, macroF1, n, perClass (precision, recall, f1, support), labels, confusion. */
    public String json() {
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("precision", rounded(precision(i)));
            metrics.put("recall", rounded(recall(i)));
            metrics.put("f1", rounded(f1(i)));
            metrics.put("support", support(i));
            perClass.put(labels.get(i), metrics);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("accuracy", rounded(accuracy()));
        summary.put("macroF1", rounded(macroF1()));
        summary.put("n", n());
        summary.put("perClass", perClass);
        summary.put("labels", labels);
        summary.put("confusion", confusion);
        return JSON.writeValueAsString(summary);
    }

    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
