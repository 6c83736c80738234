package dev.parley.events;

/**
 * Whether a post needs an agent at all.
 *
 * @param label  relevant, spam (promotion, scams), bot (automated account) or irrelevant (not about the brand's service)
 * @param reason why it is not relevant; null when relevant
 */
public record Screening(ScreeningLabel label, String reason) {
    public static final Screening RELEVANT = new Screening(ScreeningLabel.RELEVANT, null);

    public boolean flagged() {
        return label != ScreeningLabel.RELEVANT;
    }
}
