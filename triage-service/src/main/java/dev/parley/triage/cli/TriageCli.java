package dev.parley.triage.cli;

import dev.parley.events.TriageCorrection.CorrectedField;
import dev.parley.events.WireEnum;
import dev.parley.triage.feedback.CorrectionLog;
import dev.parley.triage.feedback.Retraining;
import dev.parley.triage.model.Evaluation;
import dev.parley.triage.model.LabelledFiles;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.TextClassifier;
import dev.parley.triage.model.Trainer;
import dev.parley.triage.sentiment.DefaultSentimentModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code ./parley triage train|evaluate|retrain}: trains a model (the fast path, and with {@code --accurate} the
 * accurate path too) on a labelled file; evaluates a model (default: the shipped one) on one, printing a report
 * and, as its last line, one JSON object (see {@link Evaluation#json()}); or retrains from the agents'
 * corrections on {@code parley.triage.feedback}. Exit codes: 0 done, 1 failed, 2 bad usage.
 */
public final class TriageCli {
    static final String USAGE = """
            usage: ./parley triage train --input FILE --text-column COL --label-column COL --out MODEL [--accurate]
                   ./parley triage evaluate --input FILE --text-column COL --label-column COL [--model MODEL]
                                            [--path fast|accurate|when-unsure] [--below-confidence P]
                   ./parley triage retrain --bootstrap-servers HOST:PORT --out MODEL [--field sentiment|intent|topic]
                                           [--input FILE --text-column COL --label-column COL] [--accurate]
              FILE is CSV (RFC 4180, header row) or JSON Lines (any other extension).
              --accurate  also train the accurate path (sentence embeddings with the n-grams; slower)
              --path      which path evaluate measures; when-unsure (default, as the service runs): the accurate
                          path decides where the fast path's confidence is below --below-confidence (default 0.6)
              retrain     trains on the agents' corrections of --field (default sentiment) read from
                          parley.triage.feedback, laid over the labelled --input file when given; MODEL is replaced
                          in one step, so a service watching it loads the new model""";
    private static final Set<String> FLAGS = Set.of("--accurate");
    private static final List<String> LABELLED_FILE = List.of("--input", "--text-column", "--label-column");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "train", Set.of("--input", "--text-column", "--label-column", "--out", "--accurate"),
            "evaluate", Set.of("--input", "--text-column", "--label-column", "--model", "--path", "--below-confidence"),
            "retrain", Set.of("--bootstrap-servers", "--out", "--field", "--input", "--text-column", "--label-column",
                    "--accurate"));
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "train", List.of("--input", "--text-column", "--label-column", "--out"),
            "evaluate", LABELLED_FILE,
            "retrain", List.of("--bootstrap-servers", "--out"));

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
            List<Trainer.Example> examples = options.containsKey("--input") ? read(options, err) : List.of();
            return switch (args[0]) {
                case "train" -> train(examples, options, err);
                case "evaluate" -> evaluate(examples, options.get("--model"), policy(options), out);
                default -> retrain(examples, options, err);
            };
        } catch (IllegalArgumentException | NoSuchFile e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** A named input file that is not there: bad usage, not a failure. */
    private static final class NoSuchFile extends Exception {
        NoSuchFile(Path file) {
            super("no such file: " + file);
        }
    }

    private static List<Trainer.Example> read(Map<String, String> options, PrintStream err)
            throws IOException, NoSuchFile {
        Path input = Path.of(options.get("--input"));
        if (!Files.isRegularFile(input)) {
            throw new NoSuchFile(input);
        }
        LabelledFiles.Examples read = LabelledFiles.read(input, options.get("--text-column"), options.get("--label-column"));
        err.printf(Locale.ROOT, "Read %,d labelled examples from %s (%,d rows without text or label skipped)%n",
                read.examples().size(), input, read.skipped());
        return read.examples();
    }

    private static PathPolicy policy(Map<String, String> options) {
        String path = options.getOrDefault("--path", "when-unsure");
        double below = Double.parseDouble(options.getOrDefault("--below-confidence", "" + PathPolicy.DEFAULT_BELOW_CONFIDENCE));
        return switch (path) {
            case "fast" -> PathPolicy.FAST_ONLY;
            case "accurate" -> new PathPolicy(PathPolicy.Mode.ALWAYS, below);
            case "when-unsure" -> new PathPolicy(PathPolicy.Mode.WHEN_UNSURE, below);
            default -> throw new IllegalArgumentException("--path is fast, accurate or when-unsure, not '" + path + "'");
        };
    }

    private static Consumer<String> progress(PrintStream err) {
        long started = System.nanoTime();
        return step -> err.printf(Locale.ROOT, "  [%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, step);
    }

    private static int train(List<Trainer.Example> examples, Map<String, String> options, PrintStream err)
            throws IOException {
        long started = System.nanoTime();
        Path out = Path.of(options.get("--out"));
        LinearTextModel model = Trainer.train(examples, "linear:" + out.getFileName(), options.containsKey("--accurate"),
                progress(err));
        model.save(out);
        err.printf(Locale.ROOT, "Trained on %,d examples in %.1f s; model written to %s%n", examples.size(),
                (System.nanoTime() - started) / 1e9, out);
        return 0;
    }

    private static int retrain(List<Trainer.Example> base, Map<String, String> options, PrintStream err)
            throws IOException {
        CorrectedField field = WireEnum.parse(CorrectedField.class, options.getOrDefault("--field", "sentiment"));
        FeedbackTopic.Read read = FeedbackTopic.readAll(options.get("--bootstrap-servers"));
        err.printf(Locale.ROOT, "Read %,d corrections from %s (%,d unreadable records skipped)%n",
                read.corrections().size(), FeedbackTopic.NAME, read.unreadable());
        CorrectionLog corrections = new CorrectionLog();
        corrections.addAll(read.corrections());
        Path out = Path.of(options.get("--out"));
        long started = System.nanoTime();
        LinearTextModel model = Retraining.train(corrections, base, field, options.containsKey("--accurate"),
                "linear:" + out.getFileName(), progress(err));
        Retraining.replace(model, out);
        err.printf(Locale.ROOT, "Retrained in %.1f s; %s replaced%n", (System.nanoTime() - started) / 1e9, out);
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
        String path = classifier.hasAccuratePath() ? policy.mode().name().toLowerCase(Locale.ROOT).replace('_', '-')
                : "fast (the model has no accurate path)";
        out.printf(Locale.ROOT, "Model %s on %,d examples, path %s: %,d took the accurate path (%,.0f posts/s)%n%n",
                classifier.name(), examples.size(), path, accurate[0], examples.size() / seconds);
        out.print(evaluation.report());
        out.println(evaluation.json());
        return 0;
    }

    private static Map<String, String> options(String[] args) {
        if (args.length == 0 || !ALLOWED.containsKey(args[0])) {
            throw new IllegalArgumentException("the first argument is train, evaluate or retrain");
        }
        Set<String> allowed = ALLOWED.get(args[0]);
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (FLAGS.contains(args[i]) && allowed.contains(args[i])) {
                options.put(args[i], "true");
            } else if (!allowed.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException(allowed.contains(args[i]) ? args[i] + " needs a value"
                        : "unexpected argument '" + args[i] + "'");
            } else {
                options.put(args[i], args[++i]);
            }
        }
        REQUIRED.get(args[0]).stream().filter(option -> !options.containsKey(option)).findFirst().ifPresent(option -> {
            throw new IllegalArgumentException(option + " is required");
        });
        if (options.containsKey("--input") && !LABELLED_FILE.stream().allMatch(options::containsKey)) {
            throw new IllegalArgumentException("--input needs --text-column and --label-column");
        }
        return options;
    }
}
