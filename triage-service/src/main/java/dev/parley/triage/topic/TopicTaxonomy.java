package dev.parley.triage.topic;

import dev.parley.events.TopicMatch;
import dev.parley.triage.cues.CuePattern;
import dev.parley.triage.model.TextClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The organisation's topics, found by their keywords and, when a topic model is trained on agents' labels,
 * by the model too (it finds the posts that use none of the keywords).
 */
public class TopicTaxonomy {
    private static final double MODEL_MIN_CONFIDENCE = 0.6;

    private final List<TopicDefinition> topics;
    private final Map<String, TopicDefinition> byId;
    private final List<CuePattern> patterns;
    private final TextClassifier model;

    /** @param model a trained topic model whose labels are topic ids (and optionally {@code none}), or null */
    public TopicTaxonomy(List<TopicDefinition> topics, TextClassifier model) {
        this.topics = List.copyOf(topics);
        this.byId = topics.stream().collect(Collectors.toMap(TopicDefinition::id, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("topic '" + a.id() + "' is defined twice");
        }));
        this.patterns = topics.stream().map(TopicTaxonomy::pattern).toList();
        if (model != null) {
            checkLabels(topics, model.labels());
        }
        this.model = model;
    }

    /** Refuses a topic model that knows topics the taxonomy does not ({@code none} is allowed: no topic). */
    public static void checkLabels(List<TopicDefinition> topics, List<String> labels) {
        Set<String> ids = topics.stream().map(TopicDefinition::id).collect(Collectors.toSet());
        List<String> unknown = labels.stream().filter(l -> !l.equals("none") && !ids.contains(l)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("topic model labels " + unknown + " are not in the taxonomy " + ids);
        }
    }

    private static CuePattern pattern(TopicDefinition topic) {
        String alternatives = topic.keywords().stream()
                .map(k -> k.toLowerCase(Locale.ROOT).strip())
                .map(k -> k.endsWith("*") ? Pattern.quote(k.substring(0, k.length() - 1)) + "\\p{L}*" : Pattern.quote(k))
                .collect(Collectors.joining("|"));
        return CuePattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    public Optional<TopicDefinition> topic(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Topics the post is about, most likely first. */
    public List<TopicMatch> match(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<TopicMatch> found = new ArrayList<>();
        Set<String> matchedIds = new HashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            Set<String> terms = new LinkedHashSet<>();
            patterns.get(i).findAll(lower).forEach(term -> terms.add(term.group(1)));
            if (!terms.isEmpty()) {
                double confidence = 1 - 0.4 * Math.pow(0.5, terms.size() - 1);
                found.add(new TopicMatch(topics.get(i).id(), Math.round(confidence * 100) / 100.0, "keywords",
                        List.copyOf(terms)));
                matchedIds.add(topics.get(i).id());
            }
        }
        if (model != null) {
            TextClassifier.Prediction prediction = model.predict(text);
            double confidence = prediction.confidence();
            if (confidence >= MODEL_MIN_CONFIDENCE && byId.containsKey(prediction.label())
                    && !matchedIds.contains(prediction.label())) {
                found.add(new TopicMatch(prediction.label(), Math.round(confidence * 100) / 100.0, "model", List.of()));
            }
        }
        found.sort(Comparator.comparingDouble(TopicMatch::confidence).reversed());
        return found;
    }
}
