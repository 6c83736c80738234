package dev.parley.brandvoice.outcomes;

/**
 * What followed the replies that used one phrase or attribute (or all replies, for the baseline).
 *
 * @param kind          {@code phrase}, {@code attribute} or {@code all}
 * @param name          the phrase or attribute; {@code all} for the baseline
 * @param replies       replies sent
 * @param csatAnswers   of their cases, those with a CSAT answer
 * @param csatTotal     sum of those answers (1–5)
 * @param resolved      replies whose case is resolved and was not reopened
 * @param reactions     replies the customer posted after
 * @param calmReactions of those, posts that were not negative
 */
public record OutcomeCounts(String kind, String name, long replies, long csatAnswers, long csatTotal, long resolved,
        long reactions, long calmReactions) {
}
