package dev.parley.triage.model;

import dev.parley.triage.sentiment.DefaultSentimentModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./parley triage train|evaluate}: trains a model (the fast path, and with {@code --accurate} the
 * accurate path too) on a labelled file, or evaluates a model (default: the shipped one) on it. {@code evaluate} prints a report and, as its last line, one JSON
 * object (see {@link Evaluation#json()}). Exit codes: 0 done, 1 failed, 2 bad usage.
 */
public final class TriageCli {
    static final String USAGE = """
            usage: ./parley triage train --input FILE --text-column COL --label-column COL --out MODEL [--accurate]
                   ./parley triage evaluate --input FILE --text-column COL --label-column COL [--model MODEL]
                                            [--path fast|accurate|when-unsure] [--below-confidence P]
              FILE is CSV (RFC 4180, header row) or JSON Lines (any other extension).
              --accurate  also train the accurate path (sentence embeddings with the n-grams; slower)
              --path      which path evaluate measures; when-unsure (default, as the service runs): the accurate
                          path decides where the fast path's confidence is below --below-confidence (default 0.6)""";
    static final double DEFAULT_BELOW_CONFIDENCE = 0.6;
    private static final Set<String> FLAGS = Set.of("--accurate");

    private TriageCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            Path input = Path.of(options.get("--input"));
            if (!Files.isRegularFile(input)) {
                err.println("no such file: " + input);
                return 2;
            }
            LabelledFiles.Examples read = LabelledFiles.read(input, options.get("--text-column"),
                    options.get("--label-column"));
            err.printf(Locale.ROOT, "Read %,d labelled examples from %s (%,d rows without text or label skipped)%n",
                    read.examples().size(), input, read.skipped());
            return args[0].equals("train")
                    ? train(read.examples(), Path.of(options.get("--out")), options.containsKey("--accurate"), err)
                    : evaluate(read.examples(), options.get("--model"), policy(options), out);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static PathPolicy policy(Map<String, String> options) {
        String path = options.getOrDefault("--path", "when-unsure");
        double below = Double.parseDouble(options.getOrDefault("--below-confidence", "" + DEFAULT_BELOW_CONFIDENCE));
        return switch (path) {
            case "fast" -> PathPolicy.FAST_ONLY;
            case "accurate" -> new PathPolicy(PathPolicy.Mode.ALWAYS, below);
            case "when-unsure" -> new PathPolicy(PathPolicy.Mode.WHEN_UNSURE, below);
            default -> throw new IllegalArgumentException("--path is fast, accurate or when-unsure, not '" + path + "'");
        };
    }

    private static int train(List<Trainer.Example> examples, Path out, boolean accurate, PrintStream err)
            throws IOException {
        long started = System.nanoTime();
        LinearTextModel model = Trainer.train(examples, "linear:" + out.getFileName(), accurate,
                step -> err.printf(Locale.ROOT, "  [%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, step));
        model.save(out);
        err.printf(Locale.ROOT, "Trained on %,d examples in %.1f s; model written to %s%n", examples.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0, out);
        return 0;
    }

    private static int evaluate(List<Trainer.Example> examples, String modelFile, PathPolicy policy, PrintStream out)
            throws IOException {
        TextClassifier classifier = modelFile == null ? DefaultSentimentModel.get(policy.mode() != PathPolicy.Mode.NEVER)
                : LinearTextModel.load(Path.of(modelFile));
        long started = System.nanoTime();
        long[] accurate = {0};
        List<String> predicted = examples.stream().map(e -> {
            PathPolicy.Decision decision = policy.predict(classifier, e.text());
            accurate[0] += decision.accurate() ? 1 : 0;
            return decision.prediction().label();
        }).toList();
        double seconds = (System.nanoTime() - started) / 1e9;
        Evaluation evaluation = Evaluation.of(examples.stream().map(Trainer.Example::label).toList(), predicted);
        out.printf(Locale.ROOT, "Model %s on %,d examples, path %s: %,d took the accurate path (%,.0f posts/s)%n%n",
                classifier.name(), examples.size(), classifier.hasAccuratePath() ? policy.mode().name().toLowerCase(Locale.ROOT).replace('_', '-')
                        : "fast (the model has no accurate path)", accurate[0], examples.size() / seconds);
        out.print(evaluation.report());
        out.println(evaluation.json());
        return 0;
    }

    private static Map<String, String> options(String[] args) {
        if (args.length == 0 || !Set.of("train", "evaluate").contains(args[0])) {
            throw new IllegalArgumentException("the first argument is train or evaluate");
        }
        Set<String> allowed = args[0].equals("train")
                ? Set.of("--input", "--text-column", "--label-column", "--out", "--accurate")
                : Set.of("--input", "--text-column", "--label-column", "--model", "--path", "--below-confidence");
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (FLAGS.contains(args[i]) && allowed.contains(args[i])) {
                options.put(args[i], "true");
                i--;
                continue;
            }
            if (!allowed.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException(allowed.contains(args[i]) ? args[i] + " needs a value"
                        : "unexpected argument '" + args[i] + "'");
            }
            options.put(args[i], args[i + 1]);
        }
        List<String> required = args[0].equals("train") ? List.of("--input", "--text-column", "--label-column", "--out")
                : List.of("--input", "--text-column", "--label-column");
        required.stream().filter(option -> !options.containsKey(option)).findFirst().ifPresent(option -> {
            throw new IllegalArgumentException(option + " is required");
        });
        return options;
    }
}
