package dev.parley.triage.feedback;

import dev.parley.events.TriageCorrection;
import dev.parley.events.TriageCorrection.CorrectedField;
import dev.parley.triage.model.Trainer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agents' corrections, the latest per post and field (as the compacted feedback topic keeps them): the
 * labelled examples for retraining, and the drift report.
 */
public class CorrectionLog {
    private final Map<String, TriageCorrection> latest = new ConcurrentHashMap<>();

    /** Keeps a correction unless a later one of the same post and field is already kept. */
    public void add(TriageCorrection correction) {
        latest.merge(correction.key(), correction,
                (kept, offered) -> offered.correctedAt().isBefore(kept.correctedAt()) ? kept : offered);
    }

    public void addAll(Collection<TriageCorrection> corrections) {
        corrections.forEach(this::add);
    }

    public int size() {
        return latest.size();
    }

    /** The agents' labels of one field as training examples, oldest first. */
    public List<Trainer.Example> examples(CorrectedField field) {
        return latest.values().stream().filter(c -> c.field() == field)
                .sorted(Comparator.comparing(TriageCorrection::correctedAt))
                .map(c -> new Trainer.Example(c.text(), c.agentValue())).toList();
    }

    /**
     * Base examples with the agents' labels laid over them: a text an agent labelled takes the agent's label,
     * the rest keep theirs; the agents' other texts are added.
     */
    public List<Trainer.Example> overlay(List<Trainer.Example> base, CorrectedField field) {
        Map<String, Trainer.Example> byText = new LinkedHashMap<>();
        base.forEach(example -> byText.put(example.text(), example));
        examples(field).forEach(example -> byText.put(example.text(), example));
        return new ArrayList<>(byText.values());
    }

    /** How often agents disagreed with the model on one field: per day (UTC) and per label the model gave. */
    public Drift drift(CorrectedField field, Instant from, Instant to) {
        Map<LocalDate, Counts> byDay = new TreeMap<>();
        Map<String, Counts> byModelLabel = new TreeMap<>();
        Map<String, Map<String, Long>> changes = new TreeMap<>();
        Counts total = new Counts();
        latest.values().stream()
                .filter(c -> c.field() == field && !c.correctedAt().isBefore(from) && c.correctedAt().isBefore(to))
                .forEach(c -> {
                    boolean disagreed = c.disagrees();
                    total.count(disagreed);
                    byDay.computeIfAbsent(LocalDate.ofInstant(c.correctedAt(), ZoneOffset.UTC), d -> new Counts()).count(disagreed);
                    byModelLabel.computeIfAbsent(c.modelValue(), l -> new Counts()).count(disagreed);
                    if (disagreed) {
                        changes.computeIfAbsent(c.modelValue(), l -> new TreeMap<>()).merge(c.agentValue(), 1L, Long::sum);
                    }
                });
        return new Drift(field.wireName(), from, to, total.share(),
                byDay.entrySet().stream().map(e -> new Drift.Day(e.getKey(), e.getValue().share())).toList(),
                byModelLabel.entrySet().stream().map(e -> new Drift.Label(e.getKey(), e.getValue().share(),
                        changes.getOrDefault(e.getKey(), Map.of()))).toList());
    }

    /** Reviewed and disagreed counts. */
    private static final class Counts {
        private long reviewed;
        private long disagreed;

        void count(boolean disagreement) {
            reviewed++;
            disagreed += disagreement ? 1 : 0;
        }

        Drift.Share share() {
            return new Drift.Share(reviewed, disagreed,
                    reviewed == 0 ? 0 : Math.round(1000.0 * disagreed / reviewed) / 1000.0);
        }
    }
}
